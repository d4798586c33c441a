package dev.archway.model.validation.rules.db;

import dev.archway.model.db.DbInstance;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;

/**
 * RDS-SINGLE-AZ: an RDS instance outside Aurora that is not Multi-AZ has no standby. Its read replicas do not count:
 * a replica is promoted by hand and replicates asynchronously.
 */
public final class RdsSingleAzRule extends KindRule<DbInstance> {
    public static final RuleInfo INFO = new RuleInfo("RDS-SINGLE-AZ", Severity.WARNING,
            "RDS instances outside Aurora are Multi-AZ",
            "A Single-AZ DB instance is down while its zone is, or while it is replaced after a failure, until it is "
                    + "restored. Multi-AZ keeps a synchronous standby in another zone and fails over to it "
                    + "automatically; a read replica is no standby (it is promoted by hand and may lag).",
            AwsDocs.RDS_MULTI_AZ);

    public RdsSingleAzRule() {
        super(INFO, List.of(DbInstance.class));
    }

    @Override
    public List<Finding> check(DbInstance db, Topology index) {
        StandaloneDb s = db.standalone();
        if (s == null || s.multiAz() || s.readReplica()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, db, "%s is a Single-AZ %s instance: no standby takes over when its zone fails"
                .formatted(db.name(), s.engine() == null ? "RDS" : s.engine()), Fixes.edit("Make " + db.name()
                        + " Multi-AZ", db.id(), DbInstance.class, RdsSingleAzRule::multiAz)));
    }

    private static DbInstance multiAz(DbInstance db) {
        StandaloneDb s = db.standalone();
        return new DbInstance(db.id(), db.name(), db.clusterId(), db.azId(), db.instanceClass(), db.promotionTier(),
                db.publiclyAccessible(), new StandaloneDb(s.engine(), s.port(), s.dbSubnetGroupId(),
                        s.securityGroupIds(), true, s.sourceInstanceId()));
    }
}
