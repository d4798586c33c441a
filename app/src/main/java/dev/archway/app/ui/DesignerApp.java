package dev.archway.app.ui;

import dev.archway.app.ui.file.Autosave;
import dev.archway.exporters.examples.Examples;
import java.nio.file.Path;
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

    /** Opens the designer on a design or template, or on the default example design when {@code file} is null. */
    public static void open(Path file) {
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            DesignerWindow window = createWindow(new Stage());
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
    }

    /** The window, not yet shown (tests and the screenshot tool use this with their own stage). */
    public static DesignerWindow createWindow(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/archway/designer");
        return new DesignerWindow(stage, prefs, Autosave.defaultFile());
    }

    private static void offerRecovery(DesignerWindow window) {
        if (!window.autosave().hasRecovery()) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Archway closed without saving last time. "
                + "Restore the design it was working on?", ButtonType.YES, ButtonType.NO);
        ask.initOwner(window.stage());
        ask.setHeaderText("Recover unsaved work?");
        Path recovery = window.autosave().file();
        ask.showAndWait().filter(b -> b == ButtonType.YES).ifPresent(b -> {
            if (window.files().openFile(recovery)) {
                window.document().forgetFile();
                window.document().design().rename(window.document().design().name() + " (recovered)");
            }
        });
        window.autosave().discard();
    }
}
