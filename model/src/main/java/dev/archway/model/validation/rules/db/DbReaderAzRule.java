package dev.archway.model.validation.rules.db;

import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** DB-READER-AZ: a cluster with readers has one in an Availability Zone other than the writer's. */
public final class DbReaderAzRule extends KindRule<AuroraCluster> {
    public static final RuleInfo INFO = new RuleInfo("DB-READER-AZ", Severity.WARNING,
            "Aurora clusters have a reader outside the writer's Availability Zone",
            "On failover Aurora promotes a reader; if every reader shares the writer's AZ, an outage of that AZ "
                    + "leaves nothing to promote and the cluster must be rebuilt by hand.",
            AwsDocs.AURORA_HA);

    public DbReaderAzRule() {
        super(INFO, List.of(AuroraCluster.class));
    }

    @Override
    public List<Finding> check(AuroraCluster cluster, Topology index) {
        DbInstance writer = index.get(cluster.writerId(), DbInstance.class);
        List<DbInstance> readers = index.instancesOf(cluster).stream().filter(i -> !i.id().equals(cluster.writerId())).toList();
        if (writer == null || readers.isEmpty()) {
            return List.of();
        }
        String writerZone = index.zoneOf(writer);
        if (writerZone == null || readers.stream().anyMatch(r -> !writerZone.equals(index.zoneOf(r)))) {
            return List.of();
        }
        return List.of(Finding.of(INFO, List.of(cluster, writer), "every reader of %s is in %s, the zone of its writer %s"
                .formatted(cluster.name(), index.zoneLabel(writerZone), writer.name()), fix(cluster, readers.get(0), writerZone, index)));
    }

    /** Move one reader to a zone the cluster's subnet group covers, other than the writer's. */
    private static Fix fix(AuroraCluster cluster, DbInstance reader, String writerZone, Topology index) {
        Optional<AvailabilityZone> target = otherZone(cluster, writerZone, index);
        return target.map(az -> Fixes.edit("Move %s to %s".formatted(reader.name(), az.name()), reader.id(),
                DbInstance.class, c -> c.withAz(az.id()))).orElse(null);
    }

    static Optional<AvailabilityZone> otherZone(AuroraCluster cluster, String zone, Topology index) {
        for (Subnet s : index.subnetsOf(cluster)) {
            AvailabilityZone az = index.azOf(s);
            if (az != null && !Objects.equals(az.zone(), zone)) {
                return Optional.of(az);
            }
        }
        return Optional.empty();
    }
}
