package dev.archway.model.validation.rules.db;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When each Aurora major version left AWS's standard support: the data DB-ENGINE-VERSION-SUPPORT checks against.
 * To refresh, read the two release calendars below, add or change rows, and move {@link #RECORDED} to the day read.
 * Versions are judged against {@link #RECORDED}, not the clock, so a design's findings do not change overnight.
 */
final class AuroraEngineCalendar {
    static final List<String> SOURCES = List.of(
            "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.release-calendars.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html",
            "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html",
            // the announced dates of 9.6, 11 and 12, checked against the release calendar above
            "https://aws.amazon.com/blogs/database/upgrade-amazon-rds-and-amazon-aurora-postgresql-version-9-6/",
            "https://aws.amazon.com/blogs/database/postgresql-11-upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql",
            "https://aws.amazon.com/blogs/database/upgrade-strategies-for-amazon-aurora-postgresql-and-amazon-rds-for-postgresql-12");
    /** The day the rows were read from the sources. */
    static final LocalDate RECORDED = LocalDate.of(2026, 12, 5);

    /** One major version: {@code engine} as CloudFormation names it, {@code major} as the version string starts. */
    record MajorVersion(String engine, String major, String label, LocalDate endOfStandardSupport) {
    }

    static final List<MajorVersion> MAJOR_VERSIONS = List.of(
            new MajorVersion("aurora-mysql", "5.6", "Aurora MySQL version 1 (5.6)", LocalDate.of(2023, 2, 28)),
            new MajorVersion("aurora-mysql", "5.7", "Aurora MySQL version 2 (5.7)", LocalDate.of(2024, 10, 31)),
            new MajorVersion("aurora-postgresql", "9.6", "Aurora PostgreSQL 9.6", LocalDate.of(2022, 1, 31)),
            new MajorVersion("aurora-postgresql", "10", "Aurora PostgreSQL 10", LocalDate.of(2023, 1, 31)),
            new MajorVersion("aurora-postgresql", "11", "Aurora PostgreSQL 11", LocalDate.of(2024, 2, 29)),
            new MajorVersion("aurora-postgresql", "12", "Aurora PostgreSQL 12", LocalDate.of(2025, 2, 28)),
            new MajorVersion("aurora-postgresql", "13", "Aurora PostgreSQL 13", LocalDate.of(2026, 2, 28)));

    private AuroraEngineCalendar() {
    }

    /** The major version an engine version belongs to, when the table knows it. */
    static Optional<MajorVersion> majorOf(String engine, String version) {
        if (engine == null || version == null) {
            return Optional.empty();
        }
        return MAJOR_VERSIONS.stream().filter(m -> m.engine().equals(engine))
                .filter(m -> version.equals(m.major()) || version.startsWith(m.major() + ".")).findFirst();
    }

    /** Whether the major version had left standard support on the day the table was recorded. */
    static boolean pastStandardSupport(MajorVersion m) {
        return !m.endOfStandardSupport().isAfter(RECORDED);
    }
}
