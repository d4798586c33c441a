package dev.archway.app.ui.lesson;

import dev.archway.app.ui.file.FileActions;
import dev.archway.exporters.InputException;
import dev.archway.exporters.lesson.Lessons;
import dev.archway.exporters.lesson.OpenLesson;
import dev.archway.model.Design;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Starts lessons: reads the lesson and its designs, opens the start design as a new document (asking to save unsaved
 * changes, as File > New does) and shows the lesson pane. A broken lesson file is refused in one line and nothing
 * else changes.
 */
public final class LessonLauncher {
    private final Window owner;
    private final FileActions files;
    private final LessonPane pane;
    private final Consumer<String> status;
    private final Runnable showPane;

    public LessonLauncher(Window owner, FileActions files, LessonPane pane, Consumer<String> status, Runnable showPane) {
        this.owner = owner;
        this.files = files;
        this.pane = pane;
        this.status = status;
        this.showPane = showPane;
    }

    /** Asks for a lesson file and starts it. */
    public void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a lesson");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Lessons", "*.lesson.yaml",
                "*.lesson.yml", "*.yaml", "*.yml", "*.json"), new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            start(f.toPath());
        }
    }

    /** Starts the lesson in a file; returns whether it started. */
    public boolean start(Path lessonFile) {
        try {
            return start(Lessons.open(lessonFile.toString()));
        } catch (InputException | RuntimeException e) {
            refuse(lessonFile.getFileName().toString(), e.getMessage());
            return false;
        }
    }

    /** Starts a lesson that is already read; returns whether it started (the user may keep their design). */
    public boolean start(OpenLesson lesson) {
        Design start;
        Design solution;
        try {
            start = lesson.startDesign();
            solution = lesson.solutionDesign();
        } catch (InputException | RuntimeException e) {
            refuse(lesson.lesson().title(), e.getMessage());
            return false;
        }
        if (!files.newDesign(start)) {
            return false;
        }
        pane.start(lesson.lesson(), solution);
        showPane.run();
        status.accept("Lesson: " + lesson.lesson().title());
        return true;
    }

    private void refuse(String what, String message) {
        files.refuse("Cannot start the lesson " + what, message);
    }
}
