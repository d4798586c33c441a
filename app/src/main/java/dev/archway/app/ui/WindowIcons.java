package dev.archway.app.ui;

import java.io.InputStream;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Archway's application icon (icons module, dev/archway/icons/app/) on a window, at each size a desktop may pick. */
final class WindowIcons {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    static void set(Stage stage) {
        for (int size : SIZES) {
            InputStream png = WindowIcons.class.getResourceAsStream("/dev/archway/icons/app/archway-" + size + ".png");
            if (png != null) {
                stage.getIcons().add(new Image(png));
            }
        }
    }
}
