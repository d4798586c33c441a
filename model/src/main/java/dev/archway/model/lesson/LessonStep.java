package dev.archway.model.lesson;

import dev.archway.model.Lists;
import java.util.List;

/** One step: what to read, what to do, hints on demand, and the checks that pass when the design does it. */
public record LessonStep(String title, String explanation, String task, List<String> hints, List<Check> checks) {

    public LessonStep {
        hints = Lists.copy(hints);
        checks = Lists.copy(checks);
    }
}
