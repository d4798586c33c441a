package dev.archway.model.lesson;

import dev.archway.model.Lists;
import java.util.List;

/** A step checked against a design: passed when every check passed. */
public record StepResult(int index, LessonStep step, List<CheckResult> checks) {

    public StepResult {
        checks = Lists.copy(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    /** The message for the first failing check, else null. */
    public String firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst()
                .map(CheckResult::failureText).orElse(null);
    }
}
