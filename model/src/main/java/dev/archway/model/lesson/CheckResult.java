package dev.archway.model.lesson;

/** Whether a check passed, and what the design did instead (for the student). */
public record CheckResult(Check check, boolean passed, String observed) {
}
