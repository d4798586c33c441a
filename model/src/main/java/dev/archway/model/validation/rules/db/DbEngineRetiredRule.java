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
import java.util.Optional;

/**
 * DB-ENGINE-RETIRED: a database runs an engine version AWS retired, per {@link DbEngineCalendar}: {@code Engine:
 * aurora} (Aurora MySQL version 1, end of life on 28 February 2023, doc §5.2), or a major version past its end of
 * standard support without RDS Extended Support (Aurora PostgreSQL 9.6 and 10, RDS for MySQL 5.6, RDS for
 * PostgreSQL 9.6 and 10). AWS creates no new database with it.
 */
public final class DbEngineRetiredRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("DB-ENGINE-RETIRED", Severity.ERROR,
            "Databases use an engine version AWS still offers",
            "The engine name 'aurora' is Aurora MySQL version 1 (MySQL 5.6), retired on 28 February 2023, and major "
                    + "versions that left standard support before RDS Extended Support existed (such as MySQL 5.6 "
                    + "and PostgreSQL 10) are retired too: AWS refuses to create them. Use a major version in "
                    + "standard support, such as Aurora MySQL version 3 or PostgreSQL 16.",
            AwsDocs.AURORA_MYSQL_V1_EOL);

    public DbEngineRetiredRule() {
        super(INFO, List.of(AuroraCluster.class, DbInstance.class));
    }

    @Override
    public List<Finding> check(Element db, Topology index) {
        return DbEngineVersion.of(db, index).flatMap(v -> {
            if (v.auroraVersion1ByName()) {
                return Optional.of(db.name() + " uses engine aurora, Aurora MySQL version 1, retired on 28 February "
                        + "2023");
            }
            return v.major().filter(DbEngineCalendar::retired).map(m -> "%s uses %s: %s was retired by %s"
                    .formatted(db.name(), v.describe(), m.label(), m.endOfStandardSupport()));
        }).map(message -> List.of(Finding.of(INFO, db, message, null))).orElse(List.of());
    }
}
