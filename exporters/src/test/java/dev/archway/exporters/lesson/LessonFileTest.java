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
        "tyep: NETWORK|broken.lesson.yaml at steps[0].checks[2].where.tyep: a LOAD_BALANCER has no property 'tyep'",
        "count: BALANCER|broken.lesson.yaml at steps[0].checks[2].count: no element kind 'BALANCER'; kinds are",
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
            case "tyep" -> GOOD.replace("where: {type: NETWORK}", "where: {tyep: NETWORK}");
            case "count" -> GOOD.replace("count: LOAD_BALANCER", "count: BALANCER");
            default -> GOOD.replace("title: Hide the web servers", "title: ''");
        };
        InputException e = assertThrows(InputException.class, () -> LessonFile.parse(text, FILE));
        assertEquals(expectedStart, e.getMessage().substring(0, Math.min(e.getMessage().length(), expectedStart.length())));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void readsHowManyClientsToSimulateAndTheSharesExpected() throws InputException {
        Check check = LessonFile.parse(withRequestCheckLine("requests: 500\n        tolerance: 5")
                .replace("targetGroup: ShopTargets}", "share.ShopA: 16.67%, nodeZone: AzA}"), FILE)
                .steps().get(0).checks().get(1);
        assertEquals(List.of("500"), check.option("requests"));
        assertEquals(List.of("5"), check.option("tolerance"));
        assertEquals(Map.of("outcome", "forwarded", "share.ShopA", "16.67%", "nodeZone", "AzA"), check.expect());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "requests: lots|broken.lesson.yaml at steps[0].checks[1].requests: 'lots' is not a whole number from 1 to 100000",
        "requests: 0|broken.lesson.yaml at steps[0].checks[1].requests: '0' is not a whole number from 1 to 100000",
        "requests: 2.5|broken.lesson.yaml at steps[0].checks[1].requests: '2.5' is not a whole number",
        "tolerance: far|broken.lesson.yaml at steps[0].checks[1].tolerance: 'far' is not a number of percentage points from 0 to 100",
        "tolerance: 150|broken.lesson.yaml at steps[0].checks[1].tolerance: '150' is not a number of percentage points",
        "expect: {colour: red}|broken.lesson.yaml at steps[0].checks[1].expect.colour: a request check cannot expect 'colour'; it answers [availabilityZone,",
        "expect: {share.ShopA: half}|broken.lesson.yaml at steps[0].checks[1].expect.share.ShopA: 'half' is not a share: write a percentage such as 25% or 16.67%",
        "expect: {share.ShopA: 120%}|broken.lesson.yaml at steps[0].checks[1].expect.share.ShopA: '120%' is not a share",
        "expect: {'share.': 5%}|broken.lesson.yaml at steps[0].checks[1].expect.share.: a request check cannot expect 'share.'"})
    void refusesABadSimulationOptionOrExpectedFieldInOneLine(String change, String expectedStart) {
        String text = change.startsWith("expect:")
                ? GOOD.replace("expect: {outcome: forwarded, targetGroup: ShopTargets}", change)
                : withRequestCheckLine(change);
        InputException e = assertThrows(InputException.class, () -> LessonFile.parse(text, FILE));
        assertEquals(expectedStart, e.getMessage().substring(0, Math.min(e.getMessage().length(), expectedStart.length())));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void onlySimulationsTakeAClientCount() {
        String text = GOOD.replace("  - noFinding: TARGET-PRIVATE-SUBNET",
                "  - noFinding: TARGET-PRIVATE-SUBNET\n        requests: 10");
        InputException e = assertThrows(InputException.class, () -> LessonFile.parse(text, FILE));
        assertEquals("broken.lesson.yaml at steps[0].checks[0].requests: only request and query checks simulate "
                + "clients, not a noFinding check", e.getMessage());
    }

    @Test
    void aQueryCheckExpectsQueryFields() {
        String text = GOOD.replace("  - count: LOAD_BALANCER\n        where: {type: NETWORK}",
                "  - query: write\n        expect: {targetGroup: ShopTargets}");
        InputException e = assertThrows(InputException.class, () -> LessonFile.parse(text, FILE));
        assertEquals("broken.lesson.yaml at steps[0].checks[2].expect.targetGroup: a query check cannot expect "
                + "'targetGroup'; it answers [alias, availabilityZone, endpoint, instance, outcome, promoted, role, "
                + "writeAccepted] and share.NAME", e.getMessage());
    }

    private static String withRequestCheckLine(String line) {
        return GOOD.replace("        failAz: eu-west-1a\n", "        failAz: eu-west-1a\n        " + line + "\n");
    }

    @Test
    void refusesWhatIsNotYaml() {
        InputException e = assertThrows(InputException.class, () -> LessonFile.parse("steps: [unclosed", FILE));
        assertEquals("broken.lesson.yaml at line 1", e.getMessage().substring(0, 28));
    }
}
