package dev.archway.app.ui;

import dev.archway.app.ui.canvas.CanvasTheme;
import dev.archway.app.ui.canvas.DiagramView;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/** Light or dark theme and the presenter's large font (remembered for the next start), applied to the window. */
public final class Appearance {
    private static final String LARGE_FONT = "view.largeFont";
    private final Preferences prefs;
    private final Scene scene;
    private final DiagramView diagram;
    private final Region palette;
    private boolean dark;
    private boolean largeFont;

    Appearance(Preferences prefs, Scene scene, DiagramView diagram, Region palette) {
        this.prefs = prefs;
        this.scene = scene;
        this.diagram = diagram;
        this.palette = palette;
        this.largeFont = prefs.getBoolean(LARGE_FONT, false);
        apply();
    }

    public boolean isDark() {
        return dark;
    }

    public boolean isLargeFont() {
        return largeFont;
    }

    void toggleTheme() {
        dark = !dark;
        apply();
    }

    /** Presenter mode: a larger UI font and larger canvas labels. */
    void toggleLargeFont() {
        largeFont = !largeFont;
        prefs.putBoolean(LARGE_FONT, largeFont);
        apply();
    }

    private void apply() {
        List<String> sheets = new ArrayList<>(List.of(css("app.css"), css(dark ? "dark.css" : "light.css"),
                css("lesson.css")));
        if (largeFont) {
            sheets.add(css("presenter.css"));
        }
        scene.getStylesheets().setAll(sheets);
        diagram.setTheme(dark ? CanvasTheme.DARK : CanvasTheme.LIGHT);
        diagram.setTextScale(largeFont ? 1.45 : 1);
        palette.setPrefWidth(largeFont ? 300 : 220);
    }

    private static String css(String name) {
        return Appearance.class.getResource("/dev/archway/app/" + name).toExternalForm();
    }
}
