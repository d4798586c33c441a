package dev.archway.model.lesson;

import dev.archway.model.Lists;
import java.util.List;

/**
 * A guided lesson: steps over a starting design. {@code startDesign} and {@code solutionDesign} name design files
 * relative to the lesson file (or bundled examples as {@code example:NAME}); the solution passes every step.
 */
public record Lesson(String id, String title, String summary, String startDesign, String solutionDesign,
        List<LessonStep> steps) {

    public Lesson {
        steps = Lists.copy(steps);
    }
}
