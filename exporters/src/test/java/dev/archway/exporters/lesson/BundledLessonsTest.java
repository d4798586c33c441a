package dev.archway.exporters.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.lesson.LessonChecker;
import dev.archway.model.lesson.LessonStep;
import dev.archway.model.lesson.StepResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled lesson can be taught: its solution passes every step, its start fails the first step with a hint. */
class BundledLessonsTest {
    private final LessonChecker checker = new LessonChecker();

    static Stream<OpenLesson> lessons() {
        return Lessons.bundled().stream();
    }

    @Test
    void bundlesTheSixWorkshopLessonsInTeachingOrder() {
        assertEquals(List.of("alb-or-nlb", "host-path-routing", "public-private-subnets", "ssl-termination",
                "aurora-django", "az-failure"), lessons().map(l -> l.lesson().id()).toList());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void theSolutionPassesEveryStep(OpenLesson lesson) throws Exception {
        for (StepResult step : checker.check(lesson.lesson(), lesson.solutionDesign())) {
            assertTrue(step.passed(), lesson.lesson().id() + " step " + (step.index() + 1) + ": "
                    + step.firstFailure());
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void theStartFailsTheFirstStepAndSaysWhyWithAHint(OpenLesson lesson) throws Exception {
        StepResult first = checker.check(lesson.lesson(), lesson.startDesign()).get(0);
        assertFalse(first.passed(), lesson.lesson().id() + " starts already solved");
        assertNotNull(first.firstFailure());
        assertFalse(first.step().hints().isEmpty(), lesson.lesson().id() + " step 1 has no hint");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonHasThreeToFiveStepsEachWithATaskAndAHint(OpenLesson lesson) {
        List<LessonStep> steps = lesson.lesson().steps();
        assertTrue(steps.size() >= 3 && steps.size() <= 5, lesson.lesson().id() + " has " + steps.size() + " steps");
        for (LessonStep step : steps) {
            assertFalse(step.task().isBlank(), step.title());
            assertFalse(step.hints().isEmpty(), step.title() + " has no hint");
        }
    }
}
