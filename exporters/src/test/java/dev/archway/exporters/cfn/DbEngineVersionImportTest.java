package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 6, for RDS instances of their own: the EngineVersion a template gives an
 * {@code AWS::RDS::DBInstance} outside Aurora is judged by the RDS release calendars
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html,
 * https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html), whatever
 * YAML makes of it (a string or a number).
 */
class DbEngineVersionImportTest {
    private static final Path FILE = Path.of("rds.yaml");

    private static List<String> engineFindings(String mainVersion, String reportsVersion) throws Exception {
        String template = StandaloneDbImportTest.TEMPLATE
                .replace("Engine: MySQL\n", "Engine: MySQL\n      EngineVersion: " + mainVersion + "\n")
                .replace("Engine: postgres\n", "Engine: postgres\n      EngineVersion: " + reportsVersion + "\n");
        Design design = new CfnImporter().importText(template, FILE);
        return new Validator().validate(design).stream().filter(f -> f.ruleId().startsWith("DB-ENGINE"))
                .map(f -> f.ruleId() + " " + f.message()).toList();
    }

    @Test
    void versionsInStandardSupportPass() throws Exception {
        assertEquals(List.of(), engineFindings("'8.4.3'", "'16.4'"));
    }

    @Test
    void mysql57AndPostgres11AreInPaidExtendedSupport() throws Exception {
        assertEquals(List.of(
                "DB-ENGINE-VERSION-SUPPORT MainDB runs MySQL 5.7.44: RDS for MySQL 5.7 left standard support on "
                        + "2024-02-29",
                "DB-ENGINE-VERSION-SUPPORT ReportsDB runs postgres 11: RDS for PostgreSQL 11 left standard support "
                        + "on 2024-02-29"), engineFindings("5.7.44", "11"));
    }

    @Test
    void mysql56AndPostgres10AreRetired() throws Exception {
        assertEquals(List.of(
                "DB-ENGINE-RETIRED MainDB uses MySQL 5.6.51: RDS for MySQL 5.6 was retired by 2022-03-01",
                "DB-ENGINE-RETIRED ReportsDB uses postgres 10.23: RDS for PostgreSQL 10 was retired by 2023-04-17"),
                engineFindings("5.6.51", "'10.23'"));
    }
}
