package dev.archway.model.validation.rules.db;

import dev.archway.model.db.AuroraCluster;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/**
 * DB-CLUSTER-PUBLICLY-ACCESSIBLE: {@code PubliclyAccessible} belongs on an Aurora cluster's instances. On
 * {@code AWS::RDS::DBCluster} it is valid only for Multi-AZ DB clusters (not Aurora), so an imported Aurora cluster
 * that sets it (kept as an extra property) is refused.
 */
public final class DbClusterPubliclyAccessibleRule extends KindRule<AuroraCluster> {
    public static final RuleInfo INFO = new RuleInfo("DB-CLUSTER-PUBLICLY-ACCESSIBLE", Severity.ERROR,
            "Aurora clusters leave PubliclyAccessible to their instances",
            "CloudFormation's DBCluster PubliclyAccessible applies only to Multi-AZ DB clusters; for Aurora, set it on "
                    + "each DB instance (and keep it false: DB-PRIVATE-SUBNET).",
            AwsDocs.RDS_DB_CLUSTER);

    public DbClusterPubliclyAccessibleRule() {
        super(INFO, List.of(AuroraCluster.class));
    }

    @Override
    public List<Finding> check(AuroraCluster cluster, Topology index) {
        Object value = index.cfnExtras(cluster.id()).get("PubliclyAccessible");
        if (value == null) {
            return List.of();
        }
        String message = "Aurora cluster %s sets PubliclyAccessible: %s, valid only on a Multi-AZ DB cluster";
        return List.of(Finding.of(INFO, cluster, message.formatted(cluster.name(), value), null));
    }
}
