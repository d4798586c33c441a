package dev.archway.exporters.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.lesson.Lesson;
import dev.archway.model.lesson.LessonChecker;
import dev.archway.model.lesson.StepResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson checks speak the engine's language: findings from the validator, answers from the simulator. */
class LessonCheckerTest {

    private static List<StepResult> check(String steps) throws Exception {
        Lesson lesson = LessonFile.parse("""
                formatVersion: 1
                id: t
                title: T
                startDesign: example:01-alb-host-routing.archway.json
                steps:
                """ + steps, Path.of("t.lesson.yaml"));
        Design design = Examples.load("01-alb-host-routing.archway.json");
        return new LessonChecker().check(lesson, design);
    }

    private static String step(String check) {
        return "  - title: S\n    explanation: E\n    task: T\n    checks:\n      - " + check + "\n";
    }

    @Test
    void aRequestCheckPassesWhenTheSimulationAnswersAsExpected() throws Exception {
        List<StepResult> results = check(step(
                "request: GET https://www.example.com/api/orders\n        expect: {outcome: forwarded, rule: ShopApiRule, targetGroup: ApiTargets}"));
        assertEquals(null, results.get(0).firstFailure());
    }

    @Test
    void aRequestCheckSaysWhatHappenedInstead() throws Exception {
        List<StepResult> results = check(step(
                "request: GET https://www.example.com/api/orders\n        expect: {targetGroup: ShopTargets}\n        failure: API calls should reach the shop"));
        assertEquals("API calls should reach the shop (targetGroup is ApiTargets, not ShopTargets)",
                results.get(0).firstFailure());
    }

    @Test
    void findingChecksAskTheValidator() throws Exception {
        List<StepResult> results = check(step("noFinding: TARGET-PRIVATE-SUBNET") + step("finding: LB-TWO-AZ"));
        assertEquals(List.of(true, false), results.stream().map(StepResult::passed).toList());
    }

    @Test
    void countChecksMatchElementFields() throws Exception {
        List<StepResult> results = check(step("count: LOAD_BALANCER\n        where: {type: APPLICATION}")
                + step("count: LOAD_BALANCER\n        where: {type: NETWORK}"));
        assertEquals(List.of(true, false), results.stream().map(StepResult::passed).toList());
    }
}
