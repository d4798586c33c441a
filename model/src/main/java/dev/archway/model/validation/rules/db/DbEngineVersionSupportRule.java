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
 * DB-ENGINE-VERSION-SUPPORT: an Aurora engine version is still in standard support, per {@link AuroraEngineCalendar}.
 * Past that date AWS still runs it, but enrols it in paid RDS Extended Support. Version 1 of Aurora MySQL is
 * DB-ENGINE-RETIRED's, not this rule's.
 */
public final class DbEngineVersionSupportRule extends KindRule<AuroraCluster> {
    public static final RuleInfo INFO = new RuleInfo("DB-ENGINE-VERSION-SUPPORT", Severity.WARNING,
            "Aurora engine versions are in standard support",
            "After a major version's end of standard support, Aurora enrols its clusters in RDS Extended Support, "
                    + "which is charged, and later upgrades them itself; choose a major version still in standard "
                    + "support.",
            AwsDocs.AURORA_EXTENDED_SUPPORT);

    public DbEngineVersionSupportRule() {
        super(INFO, List.of(AuroraCluster.class));
    }

    @Override
    public List<Finding> check(AuroraCluster cluster, Topology index) {
        return AuroraEngineCalendar.majorOf(cluster.engine(), cluster.engineVersion())
                .filter(AuroraEngineCalendar::pastStandardSupport)
                .filter(m -> !m.major().equals("5.6"))
                .map(m -> List.of(Finding.of(INFO, cluster, "%s runs %s %s: %s left standard support on %s"
                        .formatted(cluster.name(), cluster.engine(), cluster.engineVersion(), m.label(),
                                m.endOfStandardSupport()), null)))
                .orElse(List.of());
    }
}
