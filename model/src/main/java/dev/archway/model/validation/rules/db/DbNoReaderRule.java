package dev.archway.model.validation.rules.db;

import dev.archway.model.Design;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/** DB-NO-READER: an Aurora cluster has at least one reader. */
public final class DbNoReaderRule extends KindRule<AuroraCluster> {
    public static final RuleInfo INFO = new RuleInfo("DB-NO-READER", Severity.INFO,
            "Aurora clusters have a reader",
            "Without a reader the reader endpoint sends reads to the writer, and a failover has to recreate the "
                    + "writer, which typically takes up to 10 minutes instead of under a minute.",
            AwsDocs.AURORA_ENDPOINTS);

    public DbNoReaderRule() {
        super(INFO, List.of(AuroraCluster.class));
    }

    @Override
    public List<Finding> check(AuroraCluster cluster, Topology index) {
        if (index.instancesOf(cluster).stream().anyMatch(i -> !i.id().equals(cluster.writerId()))) {
            return List.of();
        }
        DbInstance writer = index.get(cluster.writerId(), DbInstance.class);
        return List.of(Finding.of(INFO, cluster, "%s has no reader, so its reader endpoint sends reads to the writer"
                .formatted(cluster.name()), fix(cluster, writer, index)));
    }

    /** Add a reader (promotion tier 1, the writer's class) in another zone of the subnet group, else the writer's AZ. */
    private static Fix fix(AuroraCluster cluster, DbInstance writer, Topology index) {
        String writerZone = writer == null ? null : index.zoneOf(writer);
        String azId = DbReaderAzRule.otherZone(cluster, writerZone, index).map(AvailabilityZone::id)
                .orElse(writer == null ? null : writer.azId());
        if (azId == null) {
            return null;
        }
        String instanceClass = writer == null ? "db.r6g.large" : writer.instanceClass();
        String label = "Add a reader to %s in %s".formatted(cluster.name(), index.name(azId));
        return new Fix(label, design -> new PutElementCommand(label, new DbInstance(Ids.newId(ElementKind.DB_INSTANCE),
                freeName(design, cluster.name() + "Reader"), cluster.id(), azId, instanceClass, 1, false)));
    }

    private static String freeName(Design design, String base) {
        String name = base;
        for (int n = 2; design.byName(name).isPresent(); n++) {
            name = base + n;
        }
        return name;
    }
}
