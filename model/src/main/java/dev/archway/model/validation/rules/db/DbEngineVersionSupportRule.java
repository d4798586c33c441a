package dev.archway.model.validation.rules.db;

import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/**
 * DB-ENGINE-VERSION-SUPPORT: an Aurora cluster's or RDS instance's engine version is still in standard support, per
 * {@link DbEngineCalendar}. Past that date AWS still runs it, but enrols it in paid RDS Extended Support. Retired
 * versions (no Extended Support) are DB-ENGINE-RETIRED's, not this rule's.
 */
public final class DbEngineVersionSupportRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("DB-ENGINE-VERSION-SUPPORT", Severity.WARNING,
            "Database engine versions are in standard support",
            "After a major version's end of standard support, Aurora and RDS enrol its databases in RDS Extended "
                    + "Support, which is charged, and later upgrade them themselves; choose a major version still "
                    + "in standard support.",
            AwsDocs.AURORA_EXTENDED_SUPPORT);

    public DbEngineVersionSupportRule() {
        super(INFO, List.of(AuroraCluster.class, DbInstance.class));
    }

    @Override
    public List<Finding> check(Element db, Topology index) {
        return DbEngineVersion.of(db, index).filter(v -> !v.auroraVersion1ByName())
                .flatMap(v -> v.major().filter(DbEngineCalendar::pastStandardSupport)
                        .filter(m -> !DbEngineCalendar.retired(m))
                        .map(m -> "%s runs %s: %s left standard support on %s".formatted(db.name(), v.describe(),
                                m.label(), m.endOfStandardSupport())))
                .map(message -> List.of(Finding.of(INFO, db, message, null))).orElse(List.of());
    }
}
