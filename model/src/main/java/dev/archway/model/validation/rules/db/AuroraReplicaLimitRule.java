package dev.archway.model.validation.rules.db;

import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.List;

/** AURORA-REPLICA-LIMIT: at most 15 readers, 5 custom endpoints, promotion tiers 0-15. */
public final class AuroraReplicaLimitRule extends KindRule<AuroraCluster> {
    public static final RuleInfo INFO = new RuleInfo("AURORA-REPLICA-LIMIT", Severity.ERROR,
            "Aurora clusters stay within the replica, endpoint and tier limits",
            "An Aurora cluster has one writer and up to 15 replicas, up to 5 custom endpoints, and promotion tiers "
                    + "from 0 to 15; AWS rejects more.",
            AwsDocs.AURORA_HA);

    public AuroraReplicaLimitRule() {
        super(INFO, List.of(AuroraCluster.class));
    }

    @Override
    public List<Finding> check(AuroraCluster cluster, Topology index) {
        List<DbInstance> instances = index.instancesOf(cluster);
        long readers = instances.stream().filter(i -> !i.id().equals(cluster.writerId())).count();
        List<String> problems = new ArrayList<>();
        if (readers > 15) {
            problems.add(readers + " readers (at most 15)");
        }
        if (cluster.customEndpoints().size() > 5) {
            problems.add(cluster.customEndpoints().size() + " custom endpoints (at most 5)");
        }
        instances.stream().filter(i -> i.promotionTier() < 0 || i.promotionTier() > 15)
                .forEach(i -> problems.add("promotion tier %d on %s (0-15)".formatted(i.promotionTier(), i.name())));
        if (problems.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, cluster, cluster.name() + " has " + String.join(", ", problems), null));
    }
}
