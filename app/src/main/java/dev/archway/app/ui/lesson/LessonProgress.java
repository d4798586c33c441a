package dev.archway.app.ui.lesson;

import java.util.HashMap;
import java.util.Map;

/** Where a student is in a lesson: the step shown, the furthest step passed, hints revealed per step, done or not. */
final class LessonProgress {
    private final int steps;
    private final Map<Integer, Integer> hintsShown = new HashMap<>();
    private int current;
    private int passed;
    private boolean complete;

    LessonProgress(int steps) {
        this.steps = steps;
    }

    int current() {
        return current;
    }

    int steps() {
        return steps;
    }

    /** How many steps the student has passed and moved on from. */
    int passed() {
        return passed;
    }

    boolean complete() {
        return complete;
    }

    boolean canGoBack() {
        return current > 0;
    }

    void back() {
        if (canGoBack()) {
            current--;
        }
    }

    /** Moves on when the current step passes; after the last one the lesson is complete. Returns whether it moved. */
    boolean next(boolean currentPassed) {
        if (!currentPassed) {
            return false;
        }
        passed = Math.max(passed, current + 1);
        if (current == steps - 1) {
            complete = true;
        } else {
            current++;
        }
        return true;
    }

    int hintsShown() {
        return hintsShown.getOrDefault(current, 0);
    }

    /** Reveals one more hint of the current step, if it has one left. */
    void showHint(int available) {
        hintsShown.put(current, Math.min(available, hintsShown() + 1));
    }
}
