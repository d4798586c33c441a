package dev.archway.model.lesson;

import dev.archway.model.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a lesson can be taught: its start design fails step 1 (so the class has something to do) and its solution
 * passes every step (so the checks can be met). What a teacher runs on a new lesson before the workshop.
 */
public final class LessonReview {
    private final LessonChecker checker = new LessonChecker();

    /** The problems found, empty when the lesson is ready; {@code solution} may be null (the lesson has none). */
    public List<String> problems(Lesson lesson, Design start, Design solution) {
        List<String> problems = new ArrayList<>();
        if (checker.check(lesson, start).get(0).passed()) {
            problems.add("the start design already passes step 1, so the class has nothing to do");
        }
        if (solution == null) {
            problems.add("the lesson has no solutionDesign, so nobody knows that its checks can be met");
            return problems;
        }
        for (StepResult step : checker.check(lesson, solution)) {
            if (!step.passed()) {
                problems.add("the solution fails step " + (step.index() + 1) + " (" + step.step().title() + "): "
                        + step.firstFailure());
            }
        }
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).hints().isEmpty()) {
                problems.add("step " + (i + 1) + " (" + lesson.steps().get(i).title() + ") has no hint");
            }
        }
        return problems;
    }
}
