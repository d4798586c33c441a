package dev.archway.model.validation.rules.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 21, point 6 (doc §5.2.1): how an engine version reads against the release calendars of Aurora and RDS
 * (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html and the calendars named in
 * {@link DbEngineCalendar#SOURCES}), as of the day the table was recorded.
 */
class DbEngineCalendarTest {

    private static String status(String engine, String version) {
        Optional<DbEngineCalendar.MajorVersion> m = DbEngineCalendar.majorOf(engine, version);
        if (m.isEmpty()) {
            return "unknown";
        }
        if (DbEngineCalendar.retired(m.get())) {
            return "retired";
        }
        return DbEngineCalendar.pastStandardSupport(m.get()) ? "extended" : "standard";
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "aurora-mysql, 5.6.10a, retired",
        "aurora-mysql, 5.7.mysql_aurora.2.11.2, extended",
        "aurora-mysql, 8.0.mysql_aurora.3.08.0, standard",
        "aurora-postgresql, 9.5.2, retired",
        "aurora-postgresql, 10.21, retired",
        "aurora-postgresql, 13.9, extended",
        "aurora-postgresql, 16.4, standard",
        "MySQL, 5.5.62, retired",
        "mysql, 5.7.44, extended",
        "mysql, 8.0.36, extended",
        "mysql, 8.4.3, standard",
        "postgres, 9.6.24, retired",
        "postgres, 11, extended",
        "postgres, 14.12, standard",
        "postgres, 18.1, unknown",
        "mariadb, 10.5.27, retired",
        "mariadb, 10.6.19, retired",
        "mariadb, 10.11.9, standard",
        "sqlserver-ex, 15.00.4415.2.v1, unknown",
    })
    void readsTheCalendar(String engine, String version, String expected) {
        assertEquals(expected, status(engine, version));
    }
}
