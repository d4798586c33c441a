package dev.archway.model.validation.rules.db;

import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;

/** AURORA-FAILOVER-TIER: a cluster with readers has one in promotion tier 0 or 1. */
public final class AuroraFailoverTierRule extends KindRule<AuroraCluster> {
    public static final RuleInfo INFO = new RuleInfo("AURORA-FAILOVER-TIER", Severity.INFO,
            "Aurora clusters have a reader in promotion tier 0 or 1",
            "Failover promotes the reader in the lowest tier; readers in tiers 0-1 are sized with the writer (for "
                    + "Serverless v2 they scale with it), so promoting one of them keeps the writer's capacity.",
            AwsDocs.AURORA_HA);

    public AuroraFailoverTierRule() {
        super(INFO, List.of(AuroraCluster.class));
    }

    @Override
    public List<Finding> check(AuroraCluster cluster, Topology index) {
        List<DbInstance> readers = index.instancesOf(cluster).stream()
                .filter(i -> !i.id().equals(cluster.writerId())).toList();
        if (readers.isEmpty() || readers.stream().anyMatch(r -> r.promotionTier() <= 1)) {
            return List.of();
        }
        DbInstance first = readers.get(0);
        return List.of(Finding.of(INFO, cluster, "no reader of %s is in promotion tier 0 or 1".formatted(cluster.name()),
                Fixes.edit("Put %s in promotion tier 1".formatted(first.name()), first.id(), DbInstance.class,
                        c -> new DbInstance(c.id(), c.name(), c.clusterId(), c.azId(), c.instanceClass(), 1,
                                c.publiclyAccessible()))));
    }
}
