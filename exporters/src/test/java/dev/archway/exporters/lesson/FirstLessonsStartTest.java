package dev.archway.exporters.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.lesson.LessonChecker;
import dev.archway.model.lesson.StepResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In the first three workshop lessons every step has work to do on the start design: no step is passed before the
 * student touches it, so each step's checks tell the start from the solution.
 */
class FirstLessonsStartTest {

    @ParameterizedTest
    @ValueSource(strings = {"alb-or-nlb", "host-path-routing", "public-private-subnets"})
    void theStartFailsEveryStep(String id) throws Exception {
        OpenLesson lesson = Lessons.open(id);
        for (StepResult step : new LessonChecker().check(lesson.lesson(), lesson.startDesign())) {
            assertEquals(false, step.passed(), id + " step " + (step.index() + 1) + " passes on the start design");
        }
    }
}
