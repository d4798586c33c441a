package dev.archway.exporters.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.exporters.InputException;
import dev.archway.model.lesson.Check;
import dev.archway.model.lesson.Check.CheckType;
import dev.archway.model.lesson.Lesson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LessonFileTest {
    private static final Path FILE = Path.of("broken.lesson.yaml");

    private static final String GOOD = """
            formatVersion: 1
            id: private-targets
            title: Public and private subnets
            startDesign: start.archway.json
            steps:
              - title: Hide the web servers
                explanation: Targets need no public address.
                task: Move the web servers into private subnets.
                hints: [A subnet is public when it routes to an internet gateway.]
                checks:
                  - noFinding: TARGET-PRIVATE-SUBNET
                  - request: GET http://shop.example.com/
                    failAz: eu-west-1a
                    expect: {outcome: forwarded, targetGroup: ShopTargets}
                  - count: LOAD_BALANCER
                    where: {type: NETWORK}
            """;

    @Test
    void readsStepsAndChecks() throws InputException {
        Lesson lesson = LessonFile.parse(GOOD, FILE);
        assertEquals("private-targets", lesson.id());
        List<Check> checks = lesson.steps().get(0).checks();
        assertEquals(List.of(CheckType.NO_FINDING, CheckType.REQUEST, CheckType.COUNT),
                checks.stream().map(Check::type).toList());
        assertEquals(List.of("eu-west-1a"), checks.get(1).option("failAz"));
        assertEquals(Map.of("outcome", "forwarded", "targetGroup", "ShopTargets"), checks.get(1).expect());
        assertEquals(Map.of("min", "1"), checks.get(2).expect());
        assertEquals(List.of("NETWORK"), checks.get(2).option("type"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "formatVersion: 2|broken.lesson.yaml at formatVersion: unsupported lesson format version 2; this Archway reads version 1",
        "steps: []|broken.lesson.yaml at steps: a lesson needs at least one step",
        "checks: []|broken.lesson.yaml at steps[0].checks: a step needs at least one check",
        "noFinding: TARGET-PRIVATE-SUBNET|broken.lesson.yaml at steps[0].checks[0]: a check has exactly one of",
        "expect: {outcome: forwarded}|broken.lesson.yaml at steps[0].checks[0].expect: a request check needs",
        "colour: red|broken.lesson.yaml at steps[0].checks[0].colour: unknown key",
        "title: ''|broken.lesson.yaml at steps[0].title: missing or empty"})
    void refusesABrokenLessonWithOneLineNamingThePlace(String change, String expectedStart) {
        String text = switch (change.substring(0, change.indexOf(':'))) {
            case "formatVersion" -> GOOD.replace("formatVersion: 1", change);
            case "steps" -> GOOD.substring(0, GOOD.indexOf("steps:")) + change + "\n";
            case "checks" -> GOOD.substring(0, GOOD.indexOf("    checks:")) + "    " + change + "\n";
            case "noFinding" -> GOOD.replace("  - noFinding: TARGET-PRIVATE-SUBNET",
                    "  - noFinding: TARGET-PRIVATE-SUBNET\n        finding: LB-TWO-AZ");
            case "expect" -> GOOD.replace("  - noFinding: TARGET-PRIVATE-SUBNET", "  - request: GET http://a.b/");
            case "colour" -> GOOD.replace("  - noFinding: TARGET-PRIVATE-SUBNET",
                    "  - noFinding: TARGET-PRIVATE-SUBNET\n        colour: red");
            default -> GOOD.replace("title: Hide the web servers", "title: ''");
        };
        InputException e = assertThrows(InputException.class, () -> LessonFile.parse(text, FILE));
        assertEquals(expectedStart, e.getMessage().substring(0, Math.min(e.getMessage().length(), expectedStart.length())));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void refusesWhatIsNotYaml() {
        InputException e = assertThrows(InputException.class, () -> LessonFile.parse("steps: [unclosed", FILE));
        assertEquals("broken.lesson.yaml at line 1", e.getMessage().substring(0, 28));
    }
}
