package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --assume FILE}: validate, simulate and lesson check evaluate an imported template under the facts the file
 * gives about the subnets it takes from outside (here a {@code List<AWS::EC2::Subnet::Id>} Parameter) and under its
 * Parameter values; {@code --param} overrides the file.
 */
class AssumeOptionTest {
    private static final Path TEMPLATE = Path.of("../exporters/src/test/resources/assume/alb-in-given-subnets.yaml");
    private static final String PUBLIC_IN_TWO_AZS = """
            subnets:
              Subnets 1: {az: 1st, public: true}
              Subnets 2: {az: 2nd, public: true}
            """;

    @TempDir
    Path dir;

    @Test
    void withoutAssumptionsValidationSaysWhichAssumptionWouldDecide() {
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("validate", TEMPLATE.toString()));
            assertTrue(io.out().contains("LB-TWO-AZ  cannot tell whether Alb spans two Availability Zones: AZ of "
                    + "Subnets 1, AZ of Subnets 2 not known; set assumption subnets.Subnets 1.az, subnets.Subnets 2.az"),
                    io.out());
        }
    }

    @Test
    void theAssumedFactsDecideTheRules() throws Exception {
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("validate", TEMPLATE.toString(), "--assume", file(PUBLIC_IN_TWO_AZS)));
            assertFalse(io.out().contains("cannot tell"), io.out());
        }
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("validate", TEMPLATE.toString(), "--assume",
                    file("subnets: {Subnets 1: {az: 1st}, Subnets 2: {az: 1st}}")));
            assertTrue(io.out().contains("LB-TWO-AZ  Alb has subnets in only 1st AZ of the region"), io.out());
        }
    }

    @Test
    void aParameterOnTheCommandLineOverridesTheFile() throws Exception {
        String assumptions = file(PUBLIC_IN_TWO_AZS + "parameters: {ListenerPort: 8080}\n");
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("validate", TEMPLATE.toString(), "--assume", assumptions));
            assertTrue(io.out().contains("LB-SG-NO-LISTENER-PORT"), io.out());
        }
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("validate", TEMPLATE.toString(), "--assume", assumptions, "--param",
                    "ListenerPort=80"));
            assertFalse(io.out().contains("LB-SG-NO-LISTENER-PORT"), io.out());
        }
    }

    @Test
    void simulationFollowsTheAssumptions() throws Exception {
        try (CliStreams io = new CliStreams()) {
            ArchwayCli.run("simulate", TEMPLATE.toString(), "--request", "GET http://example.com/", "--lb", "Alb");
            assertTrue(io.out().contains("cannot tell whether Subnets 1 is public (taken as public); set assumption "
                    + "subnets.Subnets 1.public"), io.out());
        }
        try (CliStreams io = new CliStreams()) {
            ArchwayCli.run("simulate", TEMPLATE.toString(), "--request", "GET http://example.com/", "--lb", "Alb",
                    "--assume", file("subnets: {Subnets 1: {az: 1st, public: false}, Subnets 2: {az: 2nd, public: "
                            + "false}}"));
            assertTrue(io.out().contains("-> blocked"), io.out());
        }
    }

    @Test
    void aLessonIsCheckedUnderTheAssumptions() throws Exception {
        Path lesson = dir.resolve("two-azs.lesson.yaml");
        Files.writeString(lesson, """
                formatVersion: 1
                id: two-azs
                title: Two AZs
                startDesign: example:01-alb-host-routing.archway.json
                steps:
                  - title: Spread the ALB
                    explanation: An ALB needs two AZs.
                    task: Put its subnets in two AZs.
                    checks:
                      - noFinding: LB-TWO-AZ
                """);
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("lesson", "check", lesson.toString(), TEMPLATE.toString()));
        }
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("lesson", "check", lesson.toString(), TEMPLATE.toString(), "--assume",
                    file(PUBLIC_IN_TWO_AZS)), io.out());
        }
    }

    @Test
    void aBadAssumptionsFileIsOneLineNamingTheFileAndThePlace() throws Exception {
        String bad = file("subnets:\n  Subnets 1: {public: yes please}\n");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("validate", TEMPLATE.toString(), "--assume", bad));
            assertEquals(bad + " at subnets.Subnets 1.public: expected true or false, not \"yes please\"",
                    io.err().strip());
        }
    }

    @Test
    void helpShowsTheAssumptionsOptions() {
        try (CliStreams io = new CliStreams()) {
            ArchwayCli.run("validate", "--help");
            assertTrue(io.out().contains("--assume=FILE"), io.out());
            assertTrue(io.out().contains("--param=NAME=VALUE"), io.out());
        }
    }

    private String file(String text) throws Exception {
        Path f = dir.resolve("assumptions" + text.hashCode() + ".yaml");
        Files.writeString(f, text);
        return f.toString();
    }
}
