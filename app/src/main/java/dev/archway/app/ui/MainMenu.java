package dev.archway.app.ui;

import dev.archway.exporters.InputException;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.app.ui.edit.EditActions.Alignment;
import dev.archway.app.ui.edit.Outcome;
import dev.archway.model.Design;
import dev.archway.model.command.SetBoundsCommand;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;

/** The menu bar and the toolbar; every command of the designer is reachable from here and by keyboard. */
final class MainMenu {
    private final DesignerWindow w;

    MainMenu(DesignerWindow window) {
        this.w = window;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), edit(), arrange(), view(), lessons(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu examples = new Menu("New from example");
        for (Examples.Example example : Examples.ALL) {
            examples.getItems().add(item(example.title(), null, () -> {
                try {
                    w.files().newDesign(Examples.load(example.fileName()));
                } catch (InputException e) {
                    w.statusBar().message(e.getMessage());
                }
            }));
        }
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : w.files().recent().list()) {
                recent.getItems().add(item(p.getFileName().toString(), null, () -> {
                    if (w.files().confirmDiscard()) {
                        w.files().openFile(p);
                    }
                }));
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("No recent files"));
        return new Menu("File", null,
                item("New", "Shortcut+N", () -> w.files().newDesign(new Design("Untitled"))), examples,
                item("Open…", "Shortcut+O", w.files()::open), recent,
                item("Save", "Shortcut+S", w.files()::save), item("Save as…", "Shortcut+Shift+S", w.files()::saveAs),
                item("Export…", "Shortcut+E", () -> select("tab-export")),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> {
                    if (w.files().confirmDiscard()) {
                        w.autosave().discard();
                        Platform.exit();
                    }
                }));
    }

    private Menu edit() {
        MenuItem undo = item("Undo", "Shortcut+Z", unlessTyping(w::undo));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", unlessTyping(w::redo));
        MenuItem redoY = item("Redo (Ctrl+Y)", "Shortcut+Y", unlessTyping(w::redo));
        Menu menu = new Menu("Edit", null, undo, redo, redoY, new javafx.scene.control.SeparatorMenuItem(),
                item("Copy", "Shortcut+C", unlessTyping(() -> w.statusBar().message("Copied " + w.edits().copy()
                        + " elements"))),
                item("Paste", "Shortcut+V", unlessTyping(() -> w.run(w.edits().paste()))),
                item("Duplicate", "Shortcut+D", () -> w.run(w.edits().duplicate())),
                item("Delete", "Delete", unlessTyping(() -> w.run(w.edits().delete()))),
                item("Delete ", "Backspace", unlessTyping(() -> w.run(w.edits().delete()))),
                item("Select all", "Shortcut+A", unlessTyping(() -> w.selection().set(
                        w.document().design().layout().keySet()))));
        menu.setOnShowing(e -> {
            undo.setText(w.document().stack().undoLabel().map(l -> "Undo " + l).orElse("Undo"));
            redo.setText(w.document().stack().redoLabel().map(l -> "Redo " + l).orElse("Redo"));
            undo.setDisable(!w.document().stack().canUndo());
            redo.setDisable(!w.document().stack().canRedo());
        });
        menu.getItems().get(menu.getItems().size() - 2).setVisible(false);
        redoY.setVisible(false);
        return menu;
    }

    private Menu arrange() {
        Menu menu = new Menu("Arrange");
        for (Alignment a : Alignment.values()) {
            String name = a.name().charAt(0) + a.name().substring(1).toLowerCase();
            menu.getItems().add(item("Align " + name, null, () -> w.run(w.edits().align(a))));
        }
        menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        menu.getItems().add(item("Auto-arrange", "Shortcut+Shift+L", () -> {
            Map<String, dev.archway.model.Bounds> layout = AwsDiagramLayout.of(w.document().design());
            w.run(Outcome.of(new SetBoundsCommand("Auto-arrange", layout)));
            w.diagram().fitToScreen();
        }));
        return menu;
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        dark.setOnAction(e -> w.toggleTheme());
        CheckMenuItem large = new CheckMenuItem("Large font (presenter)");
        large.setId("menu-large-font");
        large.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        large.setSelected(w.isLargeFont());
        large.setOnAction(e -> w.toggleLargeFont());
        CheckMenuItem inspector = foldInspector();
        CheckMenuItem bottom = foldPanels();
        Menu menu = new Menu("View", null,
                item("Zoom in", "Shortcut+Equals", () -> w.diagram().zoom(1.25)),
                item("Zoom out", "Shortcut+Minus", () -> w.diagram().zoom(0.8)),
                item("Fit to screen", "Shortcut+0", w.diagram()::fitToScreen),
                item("Actual size", "Shortcut+1", () -> w.diagram().zoom(1 / w.diagram().viewport().scale())),
                new javafx.scene.control.SeparatorMenuItem(), dark, large, layers(), inspector, bottom);
        menu.setOnShowing(e -> {
            dark.setSelected(w.isDark());
            large.setSelected(w.isLargeFont());
            inspector.setSelected(w.folding().inspectorPinned());
            bottom.setSelected(!w.folding().panelsFolded());
        });
        return menu;
    }

    private CheckMenuItem foldInspector() {
        CheckMenuItem shown = new CheckMenuItem("Inspector always open");
        shown.setId("menu-inspector");
        shown.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+I"));
        shown.setSelected(w.folding().inspectorPinned());
        shown.setOnAction(e -> w.folding().pinInspector(shown.isSelected()));
        return shown;
    }

    private CheckMenuItem foldPanels() {
        CheckMenuItem shown = new CheckMenuItem("Bottom panels");
        shown.setId("menu-bottom-panels");
        shown.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+J"));
        shown.setSelected(!w.folding().panelsFolded());
        shown.setOnAction(e -> w.folding().foldPanels(!shown.isSelected()));
        return shown;
    }

    /** View > Layers: the secondary relations, hidden until switched on here or an end is selected. */
    private Menu layers() {
        Menu menu = new Menu("Layers");
        menu.setId("menu-layers");
        dev.archway.app.ui.canvas.EdgeLayers.NAMES.forEach((kind, name) -> {
            CheckMenuItem layer = new CheckMenuItem(name);
            layer.setOnAction(e -> {
                w.diagram().layers().show(kind, layer.isSelected());
                w.diagram().repaint();
            });
            menu.getItems().add(layer);
        });
        return menu;
    }

    /** The bundled lessons in teaching order, a lesson file of one's own, and closing the lesson pane. */
    private Menu lessons() {
        Menu menu = new Menu("Lessons");
        menu.setId("menu-lessons");
        try {
            for (dev.archway.exporters.lesson.OpenLesson lesson : dev.archway.exporters.lesson.Lessons.bundled()) {
                menu.getItems().add(item(lesson.lesson().title(), null, () -> w.lessons().start(lesson)));
            }
        } catch (IllegalStateException e) {
            MenuItem broken = new MenuItem(e.getMessage());
            broken.setDisable(true);
            menu.getItems().add(broken);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No bundled lessons");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        MenuItem close = item("Close lesson", null, w::closeLesson);
        menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                item("Open lesson file…", "Shortcut+Shift+O", () -> w.lessons().openFile()), close);
        menu.setOnShowing(e -> close.setDisable(!w.lessonShowing()));
        return menu;
    }

    private Menu help() {
        return new Menu("Help", null, item("Keyboard shortcuts", "F1", w::toggleShortcuts),
                item("Keyboard shortcuts ", "Shift+Slash", unlessTyping(w::toggleShortcuts)));
    }

    ToolBar toolBar() {
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                button("New", "New design (Ctrl+N)", () -> w.files().newDesign(new Design("Untitled"))),
                button("Open", "Open a design or a CloudFormation template (Ctrl+O)", w.files()::open),
                button("Save", "Save (Ctrl+S)", w.files()::save), new Separator(),
                button("Undo", "Undo (Ctrl+Z)", w::undo), button("Redo", "Redo (Ctrl+Shift+Z)", w::redo),
                new Separator(),
                button("Duplicate", "Duplicate (Ctrl+D)", () -> w.run(w.edits().duplicate())),
                button("Delete", "Delete (Del)", () -> w.run(w.edits().delete())), new Separator(),
                button("−", "Zoom out (Ctrl+-)", () -> w.diagram().zoom(0.8)),
                button("+", "Zoom in (Ctrl+=)", () -> w.diagram().zoom(1.25)),
                button("Fit", "Fit to screen (Ctrl+0)", w.diagram()::fitToScreen), spring,
                button("Theme", "Light or dark (Ctrl+Shift+T)", w::toggleTheme),
                button("?", "Keyboard shortcuts (F1)", w::toggleShortcuts));
        bar.setId("tool-bar");
        return bar;
    }

    private Runnable unlessTyping(Runnable action) {
        return () -> {
            if (!(w.stage().getScene().getFocusOwner() instanceof TextInputControl)) {
                action.run();
            }
        };
    }

    private void select(String tabId) {
        w.panels().getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> w.panels().getSelectionModel().select(t));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setId("tool-" + text.toLowerCase());
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

}
