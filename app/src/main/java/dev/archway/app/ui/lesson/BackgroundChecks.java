package dev.archway.app.ui.lesson;

import dev.archway.model.Design;
import dev.archway.model.lesson.Lesson;
import dev.archway.model.lesson.LessonChecker;
import dev.archway.model.lesson.StepResult;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Checks a lesson against a design off the FX thread (the checker runs the validator and the simulator), a moment
 * after the last change: a burst of edits is checked once, and only the newest answer is delivered.
 */
final class BackgroundChecks {
    /** What one check of the design found, and the design revision it looked at. */
    record Outcome(List<StepResult> results, long revision, String error) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lesson-checks");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private final LessonChecker checker = new LessonChecker();
    private final java.util.function.Consumer<Outcome> deliver;
    private long generation;
    private Lesson lesson;
    private Design design;

    BackgroundChecks(java.util.function.Consumer<Outcome> deliver) {
        this.deliver = deliver;
        debounce.setOnFinished(e -> checkNow());
    }

    void watch(Lesson newLesson, Design newDesign) {
        lesson = newLesson;
        design = newDesign;
        checkNow();
    }

    void stop() {
        generation++;
        debounce.stop();
        lesson = null;
        design = null;
    }

    /** The design changed: check it when the changes pause. */
    void changed() {
        if (lesson != null) {
            debounce.playFromStart();
        }
    }

    void checkNow() {
        if (lesson == null) {
            return;
        }
        debounce.stop();
        long mine = ++generation;
        Lesson l = lesson;
        Design snapshot = design.copy();
        long revision = design.revision();
        worker.execute(() -> {
            Outcome outcome;
            try {
                outcome = new Outcome(checker.check(l, snapshot), revision, null);
            } catch (RuntimeException e) {
                outcome = new Outcome(List.of(), revision, "The checks could not run: " + e.getMessage());
            }
            Outcome done = outcome;
            Platform.runLater(() -> {
                if (mine == generation) {
                    deliver.accept(done);
                }
            });
        });
    }
}
