package dev.archway.app.ui;

import dev.archway.exporters.InputException;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.app.ui.account.AccountActions;
import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.file.Autosave;
import dev.archway.app.ui.file.FileActions;
import dev.archway.app.ui.lesson.LessonLauncher;
import dev.archway.model.edit.Alignment;
import dev.archway.model.edit.Edit;
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
    private final Workspace ws;
    private final FileActions files;
    private final Autosave autosave;
    private final DiagramView diagram;
    private final Appearance appearance;
    private final FoldingPanels folding;
    private final BottomPanels panels;
    private final LessonLauncher lessons;
    private final LessonArea lessonArea;
    private final Runnable toggleShortcuts;
    private final AccountActions account;

    MainMenu(Workspace ws, FileActions files, Autosave autosave, DiagramView diagram, Appearance appearance,
            FoldingPanels folding, BottomPanels panels, LessonLauncher lessons, LessonArea lessonArea,
            Runnable toggleShortcuts, AccountActions account) {
        this.ws = ws;
        this.files = files;
        this.autosave = autosave;
        this.diagram = diagram;
        this.appearance = appearance;
        this.folding = folding;
        this.panels = panels;
        this.lessons = lessons;
        this.lessonArea = lessonArea;
        this.toggleShortcuts = toggleShortcuts;
        this.account = account;
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
                    files.newDesign(Examples.load(example.fileName()));
                } catch (InputException e) {
                    ws.status(e.getMessage());
                }
            }));
        }
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : files.recent().list()) {
                recent.getItems().add(item(p.getFileName().toString(), null, () -> {
                    if (files.confirmDiscard()) {
                        files.openFile(p);
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
                item("New", "Shortcut+N", () -> files.newDesign(new Design("Untitled"))), examples,
                item("Open…", "Shortcut+O", files::open),
                item("Open folder of stacks…", null, files::openFolder), recent,
                item("Save", "Shortcut+S", files::save), item("Save as…", "Shortcut+Shift+S", files::saveAs),
                item("Export…", "Shortcut+E", () -> select("tab-export")),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Import from AWS account…", null, account::importAccount),
                item("Compare with AWS account…", null, account::compare),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> {
                    if (files.confirmDiscard()) {
                        autosave.discard();
                        diagram.getScene().getWindow().hide();
                        Platform.exit();
                    }
                }));
    }

    private Menu edit() {
        MenuItem undo = item("Undo", "Shortcut+Z", unlessTyping(ws::undo));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", unlessTyping(ws::redo));
        MenuItem redoY = item("Redo (Ctrl+Y)", "Shortcut+Y", unlessTyping(ws::redo));
        Menu menu = new Menu("Edit", null, undo, redo, redoY, new javafx.scene.control.SeparatorMenuItem(),
                item("Copy", "Shortcut+C", unlessTyping(() -> copied(ws.edits().copy()))),
                item("Paste", "Shortcut+V", unlessTyping(() -> ws.apply(ws.edits().paste()))),
                item("Duplicate", "Shortcut+D", () -> ws.apply(ws.edits().duplicate())),
                item("Delete", "Delete", unlessTyping(() -> ws.apply(ws.edits().delete()))),
                item("Delete ", "Backspace", unlessTyping(() -> ws.apply(ws.edits().delete()))),
                item("Select all", "Shortcut+A", unlessTyping(() -> ws.selection().set(
                        ws.document().design().layout().keySet()))));
        menu.setOnShowing(e -> {
            undo.setText(ws.document().stack().undoLabel().map(l -> "Undo " + l).orElse("Undo"));
            redo.setText(ws.document().stack().redoLabel().map(l -> "Redo " + l).orElse("Redo"));
            undo.setDisable(!ws.document().stack().canUndo());
            redo.setDisable(!ws.document().stack().canRedo());
        });
        menu.getItems().get(menu.getItems().size() - 2).setVisible(false);
        redoY.setVisible(false);
        return menu;
    }

    private Menu arrange() {
        Menu menu = new Menu("Arrange");
        for (Alignment a : Alignment.values()) {
            menu.getItems().add(item("Align " + a.label(), null, () -> ws.apply(ws.edits().align(a))));
        }
        menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        menu.getItems().add(item("Auto-arrange", "Shortcut+Shift+L", () -> {
            Map<String, dev.archway.model.Bounds> layout = AwsDiagramLayout.of(ws.document().design());
            ws.apply(Edit.of(new SetBoundsCommand("Auto-arrange", layout)));
            diagram.fitToScreen();
        }));
        return menu;
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        dark.setOnAction(e -> appearance.toggleTheme());
        CheckMenuItem large = new CheckMenuItem("Large font (presenter)");
        large.setId("menu-large-font");
        large.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        large.setSelected(appearance.isLargeFont());
        large.setOnAction(e -> appearance.toggleLargeFont());
        CheckMenuItem inspector = foldInspector();
        CheckMenuItem bottom = foldPanels();
        Menu menu = new Menu("View", null,
                item("Zoom in", "Shortcut+Equals", () -> diagram.zoom(1.25)),
                item("Zoom out", "Shortcut+Minus", () -> diagram.zoom(0.8)),
                item("Fit to screen", "Shortcut+0", diagram::fitToScreen),
                item("Actual size", "Shortcut+1", () -> diagram.zoom(1 / diagram.viewport().scale())),
                new javafx.scene.control.SeparatorMenuItem(), dark, large, layers(), inspector, bottom);
        menu.setOnShowing(e -> {
            dark.setSelected(appearance.isDark());
            large.setSelected(appearance.isLargeFont());
            inspector.setSelected(folding.inspectorPinned());
            bottom.setSelected(!folding.panelsFolded());
        });
        return menu;
    }

    private CheckMenuItem foldInspector() {
        CheckMenuItem shown = new CheckMenuItem("Inspector always open");
        shown.setId("menu-inspector");
        shown.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+I"));
        shown.setSelected(folding.inspectorPinned());
        shown.setOnAction(e -> folding.pinInspector(shown.isSelected()));
        return shown;
    }

    private CheckMenuItem foldPanels() {
        CheckMenuItem shown = new CheckMenuItem("Bottom panels");
        shown.setId("menu-bottom-panels");
        shown.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+J"));
        shown.setSelected(!folding.panelsFolded());
        shown.setOnAction(e -> folding.foldPanels(!shown.isSelected()));
        return shown;
    }

    /** View > Layers: the secondary relations, hidden until switched on here or an end is selected. */
    private Menu layers() {
        Menu menu = new Menu("Layers");
        menu.setId("menu-layers");
        dev.archway.app.ui.canvas.EdgeLayers.NAMES.forEach((kind, name) -> {
            CheckMenuItem layer = new CheckMenuItem(name);
            layer.setOnAction(e -> {
                diagram.layers().show(kind, layer.isSelected());
                diagram.repaint();
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
                menu.getItems().add(item(lesson.lesson().title(), null, () -> lessons.start(lesson)));
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
        MenuItem close = item("Close lesson", null, lessonArea::close);
        menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                item("Open lesson file…", "Shortcut+Shift+O", () -> lessons.openFile()), close);
        menu.setOnShowing(e -> close.setDisable(!lessonArea.showing()));
        return menu;
    }

    private Menu help() {
        return new Menu("Help", null, item("Keyboard shortcuts", "F1", toggleShortcuts),
                item("Keyboard shortcuts ", "Shift+Slash", unlessTyping(toggleShortcuts)));
    }

    ToolBar toolBar() {
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                button("New", "New design (Ctrl+N)", () -> files.newDesign(new Design("Untitled"))),
                button("Open", "Open a design or a CloudFormation template (Ctrl+O)", files::open),
                button("Save", "Save (Ctrl+S)", files::save), new Separator(),
                button("Undo", "Undo (Ctrl+Z)", ws::undo), button("Redo", "Redo (Ctrl+Shift+Z)", ws::redo),
                new Separator(),
                button("Duplicate", "Duplicate (Ctrl+D)", () -> ws.apply(ws.edits().duplicate())),
                button("Delete", "Delete (Del)", () -> ws.apply(ws.edits().delete())), new Separator(),
                button("−", "Zoom out (Ctrl+-)", () -> diagram.zoom(0.8)),
                button("+", "Zoom in (Ctrl+=)", () -> diagram.zoom(1.25)),
                button("Fit", "Fit to screen (Ctrl+0)", diagram::fitToScreen), spring,
                button("Theme", "Light or dark (Ctrl+Shift+T)", appearance::toggleTheme),
                button("?", "Keyboard shortcuts (F1)", toggleShortcuts));
        bar.setId("tool-bar");
        return bar;
    }

    private void copied(int count) {
        ws.status("Copied " + count + (count == 1 ? " element" : " elements"));
    }

    private Runnable unlessTyping(Runnable action) {
        return () -> {
            if (!(diagram.getScene().getFocusOwner() instanceof TextInputControl)) {
                action.run();
            }
        };
    }

    private void select(String tabId) {
        panels.select(tabId);
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
