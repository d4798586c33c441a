package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.lesson.Lessons;
import dev.archway.exporters.lesson.OpenLesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code archway lesson list|check}: a graded workshop from the command line. */
class LessonCliTest {
    @TempDir
    Path dir;

    /** A lesson file of one's own: the web design has an ALB but no NLB. */
    private static final String OWN_LESSON = """
            formatVersion: 1
            id: own
            title: A teacher's own lesson
            startDesign: start.archway.json
            steps:
              - title: Balance the load
                explanation: An ALB routes HTTP.
                task: Add an Application Load Balancer.
                hints: [Drop one on the VPC.]
                checks:
                  - count: LOAD_BALANCER
                    where: {type: APPLICATION}
              - title: Add an NLB
                explanation: An NLB passes TCP through.
                task: Add a Network Load Balancer.
                hints: [It takes a TCP listener.]
                checks:
                  - count: LOAD_BALANCER
                    where: {type: NETWORK}
                    failure: there is no NLB yet
            """;

    private Path designOf(String lessonId, boolean solution) throws Exception {
        OpenLesson lesson = Lessons.open(lessonId);
        Path file = dir.resolve(lessonId + (solution ? "-solution" : "-start") + ".archway.json");
        DesignFile.write(solution ? lesson.solutionDesign() : lesson.startDesign(), file);
        return file;
    }

    private Path ownLesson() throws Exception {
        DesignFile.write(CliDesigns.web(), dir.resolve("start.archway.json"));
        return Files.writeString(dir.resolve("own.lesson.yaml"), OWN_LESSON);
    }

    @Test
    void listShowsTheBundledLessonsInTeachingOrderWithTheirSteps() {
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("lesson", "list"));
            List<String> lines = io.out().lines().toList();
            assertEquals("alb-or-nlb              4 steps  ALB or NLB, and when to prefer which", lines.get(0));
            assertTrue(lines.get(1).startsWith("host-path-routing       4 steps  Host- and path-based routing"),
                    lines.get(1));
            assertTrue(lines.get(2).startsWith("public-private-subnets  4 steps  Public and private subnets"),
                    lines.get(2));
        }
    }

    @Test
    void aSolvedDesignPassesEveryStepAndExitsZero() throws Exception {
        Path design = designOf("host-path-routing", true);
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("lesson", "check", "host-path-routing", design.toString()));
            assertTrue(io.out().startsWith("Host- and path-based routing for two domains (host-path-routing) on "
                    + design + "\n  1 pass  Two domains, one load balancer\n"), io.out());
            assertTrue(io.out().endsWith("4 of 4 steps pass.\n"), io.out());
            assertEquals("", io.err());
        }
    }

    @Test
    void theStartFailsWithWhyAndTheHintsOfTheFirstFailingStepOnly() throws Exception {
        Path design = designOf("public-private-subnets", false);
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("lesson", "check", "public-private-subnets", design.toString()));
            String out = io.out();
            assertTrue(out.contains("  1 FAIL  A way in: the internet gateway\n"
                    + "      the VPC has no internet gateway (0 found)\n"), out);
            assertTrue(out.contains("      hint: Add an internet gateway to Vpc, then add the route 0.0.0.0/0 to it in "
                    + "PublicRoutes.\n"), out);
            assertEquals(2, out.lines().filter(l -> l.startsWith("      hint: ")).count(), out);
            assertTrue(out.endsWith("0 of 4 steps pass.\n"), out);
        }
    }

    @Test
    void jsonGivesGradingScriptsEveryStep() throws Exception {
        Path design = designOf("alb-or-nlb", false);
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("lesson", "check", "alb-or-nlb", design.toString(), "--format", "json"));
            JsonNode report = new ObjectMapper().readTree(io.out());
            assertEquals("alb-or-nlb", report.get("lesson").asText());
            assertFalse(report.get("passed").asBoolean());
            JsonNode first = report.get("steps").get(0);
            assertEquals(List.of(1, false), List.of(first.get("step").asInt(), first.get("passed").asBoolean()));
            assertEquals("MessageGateway is not a Network Load Balancer yet (0 found)",
                    first.get("failures").get(1).asText());
            assertEquals(2, first.get("hints").size());
            assertEquals(0, report.get("steps").get(1).get("hints").size());
        }
    }

    @Test
    void aTeachersLessonFileIsCheckedLikeABundledOne() throws Exception {
        Path lesson = ownLesson();
        Path design = dir.resolve("start.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("lesson", "check", lesson.toString(), design.toString()));
            assertTrue(io.out().contains("  1 pass  Balance the load\n  2 FAIL  Add an NLB\n"
                    + "      there is no NLB yet (0 found)\n      hint: It takes a TCP listener.\n"), io.out());
        }
    }

    @Test
    void aCloudFormationTemplateIsADesignToo() throws Exception {
        Path lesson = ownLesson();
        Path template = CliDesigns.template(dir);
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("lesson", "check", lesson.toString(), template.toString()));
            assertTrue(io.out().contains("  1 pass  Balance the load\n"), io.out());
        }
    }

    @Test
    void aBrokenLessonFileIsBadInputOnOneLineNamingThePlace() throws Exception {
        Path lesson = Files.writeString(dir.resolve("broken.lesson.yaml"),
                OWN_LESSON.replace("      - count: LOAD_BALANCER\n        where: {type: NETWORK}\n",
                        "      - colour: red\n"));
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("lesson", "check", lesson.toString(), "any.archway.json"));
            assertTrue(io.err().startsWith(lesson + " at steps[1].checks[0]: a check has exactly one of "), io.err());
            assertEquals(1, io.err().lines().count(), io.err());
            assertEquals("", io.out());
        }
    }

    @Test
    void anUnknownLessonNamesTheBundledOnes() {
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("lesson", "check", "no-such-lesson", "any.archway.json"));
            assertTrue(io.err().startsWith("no-such-lesson: no such lesson file, and no bundled lesson with that id "
                    + "(bundled: alb-or-nlb, host-path-routing, public-private-subnets"), io.err());
            assertEquals(1, io.err().lines().count(), io.err());
        }
    }

    @Test
    void aMissingDesignIsBadInput() {
        Path missing = dir.resolve("missing.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("lesson", "check", "alb-or-nlb", missing.toString()));
            assertEquals(missing + ": no such file\n", io.err());
        }
    }

    @Test
    void anUnknownFormatOrAMissingArgumentIsAUsageError() {
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("lesson", "check", "alb-or-nlb", "d.archway.json", "--format", "xml"));
            assertEquals(2, ArchwayCli.run("lesson", "check", "alb-or-nlb"));
            assertEquals(2, ArchwayCli.run("lesson"));
            List<String> lines = io.err().lines().toList();
            assertEquals("archway lesson check: --format must be text or json, not 'xml' "
                    + "(see 'archway lesson check --help')", lines.get(0));
            assertTrue(lines.get(1).startsWith("archway lesson check: Missing required parameter: 'DESIGN'"),
                    lines.get(1));
            assertEquals("archway lesson: name a subcommand: list, check or review (see 'archway lesson --help')",
                    lines.get(2));
            assertEquals(3, lines.size());
        }
    }

    @Test
    void reviewSaysABundledLessonIsReadyToTeach() {
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("lesson", "review", "az-failure"));
            assertEquals("When an Availability Zone fails (az-failure) is ready: the start fails step 1, the solution "
                    + "passes all 4 steps, every step has a hint.\n", io.out());
        }
    }

    @Test
    void reviewTellsATeacherWhatIsWrongWithTheirLesson() throws Exception {
        Path lesson = ownLesson();
        Files.writeString(lesson, OWN_LESSON + "solutionDesign: start.archway.json\n");
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("lesson", "review", lesson.toString()));
            assertEquals("A teacher's own lesson (own) is not ready:\n"
                    + "  the start design already passes step 1, so the class has nothing to do\n"
                    + "  the solution fails step 2 (Add an NLB): there is no NLB yet (0 found)\n", io.out());
        }
    }

    @Test
    void reviewNamesABrokenDesignReference() throws Exception {
        Path lesson = Files.writeString(dir.resolve("own.lesson.yaml"), OWN_LESSON);
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("lesson", "review", lesson.toString()));
            assertTrue(io.err().contains("start.archway.json"), io.err());
            assertEquals(1, io.err().lines().count(), io.err());
        }
    }
}
