package dev.archway.app.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts, shown over the window with F1 or ?; any key or click closes it. */
final class ShortcutsOverlay extends StackPane {
    private static final String[][] KEYS = {
        {"Ctrl+N / Ctrl+O / Ctrl+S", "New, open, save (Shift: save as)"},
        {"Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", "Undo / redo (every change, unlimited)"},
        {"Ctrl+C / Ctrl+V / Ctrl+D", "Copy / paste / duplicate"},
        {"Delete, Backspace", "Delete the selection and what it holds"},
        {"Ctrl+A / Esc", "Select all / clear the selection"},
        {"Arrows (Shift: 40 px)", "Nudge the selection"},
        {"Click, Shift+click, drag on empty space", "Select, add to selection, rubber band"},
        {"Drag a container by its title", "Move it with everything inside"},
        {"Drag the round handle", "Connect: record → LB, rule or listener → target group, group → targets,"},
        {"", "SG → member or SG, route table → gateway or subnet, certificate → listener, DB → cluster"},
        {"Drag the square corner handle", "Resize a container"},
        {"Wheel, pinch, Ctrl+= / Ctrl+-", "Zoom at the cursor / in / out"},
        {"Space+drag, middle or right drag", "Pan"},
        {"Ctrl+0 / Ctrl+1", "Fit to screen / actual size"},
        {"Ctrl+Shift+O", "Open a lesson file (workshop mode)"},
        {"Ctrl+Shift+P / Ctrl+Shift+T", "Large font for a projector / light or dark theme"},
        {"F1 or ?", "This help (Esc or any key closes it)"},
    };

    ShortcutsOverlay() {
        getStyleClass().add("shortcuts-overlay");
        setId("shortcuts-overlay");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("shortcut-key");
            Label what = new Label(KEYS[i][1]);
            what.getStyleClass().add("shortcut-what");
            grid.addRow(i, key, what);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("overlay-title");
        VBox card = new VBox(16, title, grid);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }

    void toggle() {
        setVisible(!isVisible());
    }
}
