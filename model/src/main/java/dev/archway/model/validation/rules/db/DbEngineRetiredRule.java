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
 * DB-ENGINE-RETIRED: {@code Engine: aurora} is Aurora MySQL version 1 (5.6-compatible), which reached end of life on
 * 28 February 2023; AWS creates no new cluster with it (doc §5.2).
 */
public final class DbEngineRetiredRule extends KindRule<AuroraCluster> {
    public static final RuleInfo INFO = new RuleInfo("DB-ENGINE-RETIRED", Severity.ERROR,
            "Aurora clusters use an engine AWS still offers",
            "The engine name 'aurora' is Aurora MySQL version 1 (MySQL 5.6), retired on 28 February 2023: AWS refuses "
                    + "to create it. Use aurora-mysql with a version 3 (MySQL 8.0) engine version.",
            AwsDocs.AURORA_MYSQL_V1_EOL);

    public DbEngineRetiredRule() {
        super(INFO, List.of(AuroraCluster.class));
    }

    @Override
    public List<Finding> check(AuroraCluster cluster, Topology index) {
        boolean version1 = "aurora".equals(cluster.engine())
                || "aurora-mysql".equals(cluster.engine()) && cluster.engineVersion() != null
                        && cluster.engineVersion().startsWith("5.6");
        if (!version1) {
            return List.of();
        }
        return List.of(Finding.of(INFO, cluster, "%s uses %s, Aurora MySQL version 1, retired on 28 February 2023"
                .formatted(cluster.name(), "aurora".equals(cluster.engine()) ? "engine aurora"
                        : "aurora-mysql " + cluster.engineVersion()), null));
    }
}
