package dev.archway.model.lesson;

import dev.archway.model.Design;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.simulation.DbOutcome;
import dev.archway.model.simulation.DbTrace;
import dev.archway.model.simulation.QueryReport;
import dev.archway.model.simulation.ZoneNames;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's answer to a {@code query} check as field → value: the Django alias and Aurora endpoint the (first)
 * query used, the instance it reached and its role, whether a write was accepted, the replica a failover promoted,
 * and with {@code requests: N} how N connections spread over the instances ({@code share.NAME}; 0% for an instance
 * or AZ no connection reached).
 */
final class QueryAnswer {
    private final Design design;

    QueryAnswer(Design design) {
        this.design = design;
    }

    Map<String, String> of(QueryReport report) {
        DbTrace t = report.first();
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("outcome", t.outcome().label());
        answer.put("endpoint", t.endpoint());
        answer.put("instance", nameOf(t.instanceId()));
        answer.put("availabilityZone", nameOf(t.availabilityZoneId()));
        answer.put("alias", t.aliasName());
        answer.put("role", role(t));
        answer.put("writeAccepted", t.writeAccepted() == null ? null : t.writeAccepted().toString());
        answer.put("promoted", nameOf(t.promotedId()));
        if (report.queries() > 1) {
            shares(report).putInto(answer);
        }
        return answer;
    }

    /**
     * {@code writer} or {@code reader}: what the instance the query reached is now. After a failover the promoted
     * replica is the writer; otherwise the cluster's writer (a failed writer is never reached).
     */
    private String role(DbTrace t) {
        if (t.instanceId() == null) {
            return null;
        }
        AuroraCluster cluster = design.get(t.clusterId(), AuroraCluster.class);
        String writer = t.promotedId() != null ? t.promotedId() : cluster == null ? null : cluster.writerId();
        return t.instanceId().equals(writer) ? "writer" : "reader";
    }

    private LoadShares shares(QueryReport report) {
        LoadShares shares = new LoadShares(report.queries());
        for (QueryReport.InstanceCount c : report.instances()) {
            DbInstance instance = design.get(c.instanceId(), DbInstance.class);
            AvailabilityZone az = instance == null ? null : design.get(instance.azId(), AvailabilityZone.class);
            shares.add(c.count(), c.name(), az == null ? null : az.name(), az == null ? null : ZoneNames.of(az));
        }
        for (DbInstance instance : design.all(DbInstance.class)) {
            shares.add(0, instance.name());
        }
        for (AvailabilityZone az : design.all(AvailabilityZone.class)) {
            shares.add(0, az.name(), ZoneNames.of(az));
        }
        shares.add(report.unavailable(), DbOutcome.UNAVAILABLE.label());
        shares.add(report.queries() - report.unavailable(), DbOutcome.CONNECTED.label());
        return shares;
    }

    private String nameOf(String id) {
        return id == null ? null : design.nameOf(id);
    }
}
