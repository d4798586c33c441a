package dev.archway.model.lesson;

/** Whether a check passed, and what the design did instead (for the student). */
public record CheckResult(Check check, boolean passed, String observed) {

    /** What the student is told when the check fails, and what the design did instead. */
    public String failureText() {
        return check.failure() + " (" + observed + ")";
    }
}
