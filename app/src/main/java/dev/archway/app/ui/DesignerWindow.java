package dev.archway.app.ui;

import dev.archway.app.ui.canvas.CanvasTheme;
import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.edit.EditActions;
import dev.archway.app.ui.edit.Outcome;
import dev.archway.app.ui.export.ExportPanel;
import dev.archway.app.ui.file.Autosave;
import dev.archway.app.ui.file.FileActions;
import dev.archway.app.ui.file.RecentFiles;
import dev.archway.app.ui.findings.FindingsPanel;
import dev.archway.app.ui.simulation.SimulationPanel;
import dev.archway.app.ui.inspector.Inspector;
import dev.archway.app.ui.lesson.CheckSimulations;
import dev.archway.app.ui.lesson.LessonLauncher;
import dev.archway.app.ui.lesson.LessonPane;
import dev.archway.app.ui.palette.Palette;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The designer window: palette (left), diagram (centre), inspector (right), engine panels (bottom tabs), menus and
 * toolbar (top), status bar, and in workshop mode the lesson pane beside the diagram. It owns the open
 * {@link Document} and hands it to every view.
 */
public final class DesignerWindow {
    private static final String LARGE_FONT = "view.largeFont";
    private static final double INSPECTOR_WIDTH = 440;
    private final Stage stage;
    private final Selection selection = new Selection();
    private final DiagramView diagram = new DiagramView(selection);
    private final Inspector inspector = new Inspector(selection);
    private final BorderPane root;
    private final StatusBar statusBar = new StatusBar();
    private final EditActions edits = new EditActions(selection);
    private final TabPane panels = new TabPane();
    private final ExportPanel exportPanel;
    private final FindingsPanel findingsPanel;
    private final SimulationPanel simulationPanel;
    private final FileActions files;
    private final Autosave autosave;
    private final ShortcutsOverlay shortcuts = new ShortcutsOverlay();
    private final Scene scene;
    private final List<DocumentView> views = new java.util.ArrayList<>();
    private final SplitPane workArea;
    private final LessonPane lessonPane;
    private final LessonLauncher lessons;
    private final Preferences prefs;
    private final Palette palette;
    private final FoldingPanels folding;
    private Document document;
    private boolean dark;
    private boolean largeFont;

    /** Something that shows the open document and must hear when another one is opened. */
    public interface DocumentView {
        void setDocument(Document document);
    }

    public DesignerWindow(Stage stage, Preferences prefs, Path recoveryFile) {
        this.stage = stage;
        this.prefs = prefs;
        this.largeFont = prefs.getBoolean(LARGE_FONT, false);
        this.files = new FileActions(stage, this::show, statusBar::message, new RecentFiles(prefs));
        this.autosave = new Autosave(recoveryFile);
        this.exportPanel = new ExportPanel(diagram, statusBar::message);
        diagram.setStatusSink(statusBar::message);
        diagram.setOnFrame(() -> statusBar.zoom(diagram.viewport().scale()));
        inspector.setStatusSink(statusBar::message);
        panels.setId("panels");
        panels.getTabs().add(tab("Export", exportPanel));
        SplitPane centre = new SplitPane(diagram, panels);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        folding = new FoldingPanels(prefs, centre, panels, this::placeInspector);
        palette = new Palette(diagram);
        inspector.setPrefWidth(INSPECTOR_WIDTH);
        workArea = new SplitPane(centre);
        for (javafx.scene.layout.Region r : List.of(workArea, centre, panels)) {
            r.setMinHeight(0);
        }
        root = new BorderPane(workArea);
        root.setLeft(palette);
        // at presenter sizes the panels may want more than the window has: squeeze them, never push the menus off
        root.setMinSize(0, 0);
        root.setRight(inspector);
        selection.addListener(this::placeInspector);
        placeInspector();
        MainMenu menu = new MainMenu(this);
        root.setTop(new VBox(menu.menuBar(), menu.toolBar()));
        root.setBottom(statusBar);
        StackPane layers = new StackPane(root, shortcuts);
        scene = new Scene(layers, 1240, 760);
        applyTheme();
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                autosave.stop();
                autosave.discard();
            }
        });
        selection.addListener(this::updateStatus);
        views.add(diagram::setDocument);
        views.add(inspector::setDocument);
        views.add(edits::setDocument);
        views.add(files::setDocument);
        views.add(exportPanel::setDocument);
        findingsPanel = new FindingsPanel(diagram, statusBar::findings);
        addPanel("Findings", findingsPanel, findingsPanel::setDocument, 0);
        simulationPanel = new SimulationPanel(diagram);
        addPanel("Simulation", simulationPanel, simulationPanel::setDocument, 1);
        panels.getSelectionModel().select(0);
        lessonPane = new LessonPane(diagram, statusBar::message, check -> {
            selectPanel("tab-simulation");
            CheckSimulations.show(check, simulationPanel, document().design());
        });
        lessonPane.setOnClose(this::closeLesson);
        lessonPane.setMinHeight(0);
        views.add(lessonPane::setDocument);
        lessons = new LessonLauncher(stage, files, lessonPane, statusBar::message, this::showLessonPane);
    }

    private void selectPanel(String tabId) {
        panels.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> panels.getSelectionModel().select(t));
    }

    private void showLessonPane() {
        if (!workArea.getItems().contains(lessonPane)) {
            workArea.getItems().add(lessonPane);
            workArea.setDividerPositions(0.64);
            placeInspector();
        }
    }

    /**
     * The canvas is what people look at: the inspector steps aside until something is selected (or it is pinned
     * open, View > Inspector always open), so an empty one never takes a third of the width.
     */
    private void placeInspector() {
        boolean wanted = folding.inspectorPinned() || !selection.isEmpty();
        if (wanted != (root.getRight() == inspector)) {
            root.setRight(wanted ? inspector : null);
        }
    }

    /** Closes the lesson pane; the design stays open. */
    public void closeLesson() {
        lessonPane.stop();
        workArea.getItems().remove(lessonPane);
        placeInspector();
    }

    public boolean lessonShowing() {
        return workArea.getItems().contains(lessonPane);
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.setId("tab-" + title.toLowerCase());
        return tab;
    }

    /** Adds an engine panel as a bottom tab; it hears about every opened document. */
    public void addPanel(String title, javafx.scene.Node panel, DocumentView view, int index) {
        panels.getTabs().add(Math.min(index, panels.getTabs().size()), tab(title, panel));
        views.add(view);
        if (document != null) {
            view.setDocument(document);
        }
    }

    public void show(Document doc) {
        document = doc;
        selection.clear();
        views.forEach(v -> v.setDocument(doc));
        doc.stack().addListener(this::updateTitle);
        doc.design().addListener((d, ids) -> updateStatus());
        autosave.watch(doc);
        updateTitle();
        updateStatus();
        diagram.fitToScreen();
        javafx.application.Platform.runLater(diagram::requestFocus);
    }

    public void open(Design design, Path file) {
        show(FileActions.prepare(design, file));
    }

    private void updateTitle() {
        stage.setTitle(document.title());
    }

    private void updateStatus() {
        if (document != null) {
            statusBar.stats(document.design().size(), selection.ids().size());
            statusBar.zoom(diagram.viewport().scale());
        }
    }

    void run(Outcome outcome) {
        if (outcome.accepted()) {
            document.execute(outcome.command());
            statusBar.message(outcome.command().label());
            if (outcome.subject() != null) {
                selection.set(List.of(outcome.subject().split(",")));
            }
        } else {
            statusBar.message(outcome.refusal());
        }
    }

    void undo() {
        document.stack().undoLabel().ifPresent(l -> statusBar.message("Undid " + l));
        document.stack().undo();
    }

    void redo() {
        document.stack().redoLabel().ifPresent(l -> statusBar.message("Redid " + l));
        document.stack().redo();
    }

    void toggleTheme() {
        dark = !dark;
        applyTheme();
    }

    /** Presenter mode: a larger UI font and larger canvas labels, remembered for the next start. */
    void toggleLargeFont() {
        largeFont = !largeFont;
        prefs.putBoolean(LARGE_FONT, largeFont);
        applyTheme();
    }

    public boolean isLargeFont() {
        return largeFont;
    }

    private void applyTheme() {
        List<String> sheets = new java.util.ArrayList<>(List.of(css("app.css"), css(dark ? "dark.css" : "light.css"),
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
        return DesignerWindow.class.getResource("/dev/archway/app/" + name).toExternalForm();
    }

    void toggleShortcuts() {
        shortcuts.setVisible(!shortcuts.isVisible());
    }

    public Stage stage() {
        return stage;
    }

    public Document document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    /** The inspector and the bottom panels, folded away or not. */
    public FoldingPanels folding() {
        return folding;
    }

    public DiagramView diagram() {
        return diagram;
    }

    public Inspector inspector() {
        return inspector;
    }

    public EditActions edits() {
        return edits;
    }

    public FileActions files() {
        return files;
    }

    public Autosave autosave() {
        return autosave;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public TabPane panels() {
        return panels;
    }

    public ExportPanel exportPanel() {
        return exportPanel;
    }

    public FindingsPanel findingsPanel() {
        return findingsPanel;
    }

    public SimulationPanel simulationPanel() {
        return simulationPanel;
    }

    public LessonPane lessonPane() {
        return lessonPane;
    }

    public LessonLauncher lessons() {
        return lessons;
    }

    public boolean isDark() {
        return dark;
    }
}
