package dev.archway.model.validation.rules.db;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When each major version of Aurora and of RDS for MySQL, PostgreSQL and MariaDB leaves AWS's standard support: the data
 * DB-ENGINE-RETIRED and DB-ENGINE-VERSION-SUPPORT check against. A version past that date with RDS Extended Support
 * still runs (charged); one without it is retired: AWS upgraded its databases and creates no new one.
 * To refresh, read the release calendars below, add or change rows, and move {@link #RECORDED} to the day read.
 * Versions are judged against {@link #RECORDED}, not the clock, so a design's findings do not change overnight.
 */
final class DbEngineCalendar {
    static final List<String> SOURCES = List.of(
            "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.release-calendars.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MariaDB.Concepts.VersionMgmt.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html",
            // the announced dates of 9.6, 11 and 12, checked against the release calendars above
            "https://aws.amazon.com/blogs/database/upgrade-amazon-rds-and-amazon-aurora-postgresql-version-9-6/",
            "https://aws.amazon.com/blogs/database/postgresql-11-upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql",
            "https://aws.amazon.com/blogs/database/upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql-12");
    /** The day the rows were read from the sources. */
    static final LocalDate RECORDED = LocalDate.of(2026, 12, 5);

    /**
     * One major version: {@code engine} as CloudFormation names it (lower case), {@code major} as the version string
     * starts, and whether RDS Extended Support keeps it running past {@code endOfStandardSupport}.
     */
    record MajorVersion(String engine, String major, String label, LocalDate endOfStandardSupport,
            boolean extendedSupport) {
    }

    static final List<MajorVersion> MAJOR_VERSIONS = List.of(
            retired("aurora-mysql", "5.6", "Aurora MySQL version 1 (5.6)", 2023, 2, 28),
            extended("aurora-mysql", "5.7", "Aurora MySQL version 2 (5.7)", 2024, 10, 31),
            extended("aurora-mysql", "8.0", "Aurora MySQL version 3 (8.0)", 2028, 4, 30),
            retired("aurora-postgresql", "9.6", "Aurora PostgreSQL 9.6", 2022, 1, 31),
            retired("aurora-postgresql", "10", "Aurora PostgreSQL 10", 2023, 1, 31),
            extended("aurora-postgresql", "11", "Aurora PostgreSQL 11", 2024, 2, 29),
            extended("aurora-postgresql", "12", "Aurora PostgreSQL 12", 2025, 2, 28),
            extended("aurora-postgresql", "13", "Aurora PostgreSQL 13", 2026, 2, 28),
            extended("aurora-postgresql", "14", "Aurora PostgreSQL 14", 2027, 2, 28),
            extended("aurora-postgresql", "15", "Aurora PostgreSQL 15", 2028, 2, 29),
            extended("aurora-postgresql", "16", "Aurora PostgreSQL 16", 2029, 2, 28),
            retired("mysql", "5.6", "RDS for MySQL 5.6", 2022, 3, 1),
            extended("mysql", "5.7", "RDS for MySQL 5.7", 2024, 2, 29),
            extended("mysql", "8.0", "RDS for MySQL 8.0", 2026, 7, 31),
            extended("mysql", "8.4", "RDS for MySQL 8.4", 2029, 7, 31),
            retired("postgres", "9.6", "RDS for PostgreSQL 9.6", 2022, 4, 26),
            retired("postgres", "10", "RDS for PostgreSQL 10", 2023, 4, 17),
            extended("postgres", "11", "RDS for PostgreSQL 11", 2024, 2, 29),
            extended("postgres", "12", "RDS for PostgreSQL 12", 2025, 2, 28),
            extended("postgres", "13", "RDS for PostgreSQL 13", 2026, 2, 28),
            extended("postgres", "14", "RDS for PostgreSQL 14", 2027, 2, 28),
            extended("postgres", "15", "RDS for PostgreSQL 15", 2028, 2, 29),
            extended("postgres", "16", "RDS for PostgreSQL 16", 2029, 2, 28),
            extended("postgres", "17", "RDS for PostgreSQL 17", 2030, 2, 28),
            // RDS for MariaDB has no Extended Support: past its date a major version is retired
            retired("mariadb", "10.6", "RDS for MariaDB 10.6", 2026, 8, 31),
            retired("mariadb", "10.11", "RDS for MariaDB 10.11", 2028, 2, 29),
            retired("mariadb", "11.4", "RDS for MariaDB 11.4", 2029, 5, 31),
            retired("mariadb", "11.8", "RDS for MariaDB 11.8", 2030, 6, 30));

    private DbEngineCalendar() {
    }

    private static MajorVersion extended(String engine, String major, String label, int y, int m, int d) {
        return new MajorVersion(engine, major, label, LocalDate.of(y, m, d), true);
    }

    private static MajorVersion retired(String engine, String major, String label, int y, int m, int d) {
        return new MajorVersion(engine, major, label, LocalDate.of(y, m, d), false);
    }

    /**
     * The major version an engine version belongs to, when the table knows it. A version older than a retired row
     * of its engine (MySQL 5.5, PostgreSQL 9.5) is retired too: AWS never keeps an older major than one it retired.
     */
    static Optional<MajorVersion> majorOf(String engine, String version) {
        if (engine == null || version == null) {
            return Optional.empty();
        }
        String name = engine.toLowerCase(Locale.ROOT);
        List<MajorVersion> rows = MAJOR_VERSIONS.stream().filter(m -> m.engine().equals(name)).toList();
        Optional<MajorVersion> listed = rows.stream()
                .filter(m -> version.equals(m.major()) || version.startsWith(m.major() + ".")).findFirst();
        if (listed.isPresent() || numbers(version).isEmpty()) {
            return listed;
        }
        return rows.stream().filter(m -> !m.extendedSupport() && older(version, m.major())).findFirst()
                .map(m -> new MajorVersion(name, version, m.label().replace(m.major(), version) + " (older than "
                        + m.major() + ")", m.endOfStandardSupport(), false));
    }

    /** Whether {@code version} is of a major version before {@code major}, compared number by number. */
    private static boolean older(String version, String major) {
        List<Integer> v = numbers(version);
        List<Integer> m = numbers(major);
        for (int i = 0; i < m.size(); i++) {
            int a = i < v.size() ? v.get(i) : 0;
            if (a != m.get(i)) {
                return a < m.get(i);
            }
        }
        return false;
    }

    /** The leading dot-separated numbers of a version: 5.7.mysql_aurora.2.11.2 gives 5, 7. */
    private static List<Integer> numbers(String version) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (String part : version.split("\\.")) {
            if (!part.matches("\\d{1,6}")) {
                break;
            }
            out.add(Integer.parseInt(part));
        }
        return out;
    }

    /** Whether the major version had left standard support on the day the table was recorded. */
    static boolean pastStandardSupport(MajorVersion m) {
        return !m.endOfStandardSupport().isAfter(RECORDED);
    }

    /** Past standard support with no Extended Support: AWS creates no database of it. */
    static boolean retired(MajorVersion m) {
        return pastStandardSupport(m) && !m.extendedSupport();
    }
}
