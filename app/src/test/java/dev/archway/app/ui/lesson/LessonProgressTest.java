package dev.archway.app.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A student moves on only from a passing step, sees hints one at a time per step, and finishes after the last. */
class LessonProgressTest {
    private final LessonProgress progress = new LessonProgress(2);

    @Test
    void aFailingStepCannotBeLeft() {
        assertFalse(progress.next(false));
        assertEquals(0, progress.current());
        assertEquals(0, progress.passed());
    }

    @Test
    void passingTheLastStepCompletesTheLesson() {
        assertTrue(progress.next(true));
        assertEquals(1, progress.current());
        assertFalse(progress.complete());
        assertTrue(progress.next(true));
        assertTrue(progress.complete());
        assertEquals(2, progress.passed());
    }

    @Test
    void goingBackKeepsWhatWasPassed() {
        progress.next(true);
        progress.back();
        assertEquals(0, progress.current());
        assertEquals(1, progress.passed());
        assertFalse(progress.canGoBack());
    }

    @Test
    void hintsAreRevealedOneAtATimeAndRememberedPerStep() {
        progress.showHint(2);
        progress.showHint(2);
        progress.showHint(2);
        assertEquals(2, progress.hintsShown(), "never more than the step has");
        progress.next(true);
        assertEquals(0, progress.hintsShown());
        progress.back();
        assertEquals(2, progress.hintsShown());
    }
}
