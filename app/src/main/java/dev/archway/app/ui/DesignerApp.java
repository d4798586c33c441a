package dev.archway.app.ui;

import dev.archway.app.ui.file.Autosave;
import dev.archway.exporters.examples.Examples;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Starts the JavaFX designer without an {@code Application} subclass, so the shaded jar runs on a plain JDK:
 * {@link Platform#startup} brings the toolkit up and the window opens on its thread.
 */
public final class DesignerApp {
    private DesignerApp() {
    }

    /**
     * Opens the designer on a design or template, or on the default example design when {@code file} is null, and
     * returns once its window is closed (the CLI exits after {@code archway open}, which must not close the window).
     */
    public static void open(Path file) {
        Platform.setImplicitExit(true);
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        Platform.startup(() -> {
            DesignerWindow window = createWindow(new Stage());
            whenClosed(window.stage(), closed);
            WindowIcons.set(window.stage());
            window.open(Examples.defaultDesign(), null);
            if (file != null) {
                window.files().openFile(file);
            }
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            window.stage().setWidth(Math.min(1800, screen.getWidth() * 0.94));
            window.stage().setHeight(Math.min(1100, screen.getHeight() * 0.94));
            window.stage().centerOnScreen();
            window.stage().show();
            offerRecovery(window);
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts {@code latch} down once the stage is hidden (closed, or quit from the menu). */
    static void whenClosed(Stage stage, java.util.concurrent.CountDownLatch latch) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> latch.countDown());
    }

    /** The window, not yet shown (tests and the screenshot tool use this with their own stage). */
    public static DesignerWindow createWindow(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/archway/designer");
        return new DesignerWindow(stage, prefs, Autosave.defaultFile());
    }

    /**
     * Offers back a design a crashed instance left, once the window has been painted (a dialog shown and waited for
     * while the first frame was pending left the whole screen black). A recovered design is adopted into this
     * instance's recovery file at once; declining deletes the crashed instance's file.
     */
    static void offerRecovery(DesignerWindow window) {
        Optional<Path> orphan = window.autosave().orphan();
        if (orphan.isEmpty()) {
            return;
        }
        Platform.runLater(() -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Archway closed without saving last time. "
                    + "Restore the design it was working on?", ButtonType.YES, ButtonType.NO);
            ask.initOwner(window.stage());
            ask.setHeaderText("Recover unsaved work?");
            ask.setOnHidden(e -> answer(window, orphan.get(), ask.getResult() == ButtonType.YES));
            ask.show();
        });
    }

    static void answer(DesignerWindow window, Path orphan, boolean recover) {
        if (!recover) {
            Autosave.discardFile(orphan);
            return;
        }
        if (window.files().openRecovered(orphan)) {
            window.autosave().adopt(orphan);
        }
    }
}
