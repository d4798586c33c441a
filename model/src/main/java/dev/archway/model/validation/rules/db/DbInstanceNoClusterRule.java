package dev.archway.model.validation.rules.db;

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

/** DB-INSTANCE-NO-CLUSTER: an Aurora DB instance belongs to an Aurora cluster (an RDS instance of its own need not). */
public final class DbInstanceNoClusterRule extends KindRule<DbInstance> {
    public static final RuleInfo INFO = new RuleInfo("DB-INSTANCE-NO-CLUSTER", Severity.ERROR,
            "Aurora DB instances belong to a cluster",
            "An Aurora DB instance is created in a DB cluster (DBClusterIdentifier); without one CloudFormation "
                    + "cannot create it and Archway cannot export it.",
            AwsDocs.AURORA_ENDPOINTS);

    public DbInstanceNoClusterRule() {
        super(INFO, List.of(DbInstance.class));
    }

    @Override
    public List<Finding> check(DbInstance db, Topology index) {
        if (db.isStandalone() || index.get(db.clusterId(), AuroraCluster.class) != null) {
            return List.of();
        }
        return List.of(Finding.of(INFO, db, "%s belongs to no Aurora cluster, so it cannot be deployed"
                .formatted(db.name()), fix(db, index)));
    }

    /** Join the cluster of the VPC the instance's AZ is in. */
    private static Fix fix(DbInstance db, Topology index) {
        AvailabilityZone az = index.get(db.azId(), AvailabilityZone.class);
        AuroraCluster cluster = az == null ? null : index.all(AuroraCluster.class).stream()
                .filter(c -> az.vpcId() != null && az.vpcId().equals(c.vpcId())).findFirst().orElse(null);
        if (cluster == null) {
            return null;
        }
        String label = "Add %s to %s".formatted(db.name(), cluster.name());
        return new Fix(label, design -> new PutElementCommand(label, new DbInstance(db.id(), db.name(), cluster.id(),
                db.azId(), db.instanceClass(), db.promotionTier(), db.publiclyAccessible())));
    }
}
