package dev.archway.app.ui;

import dev.archway.app.ui.account.AccountActions;
import dev.archway.app.ui.account.DriftPanel;
import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.assume.AssumptionsPanel;
import dev.archway.app.ui.document.Document;
import dev.archway.app.ui.document.Selection;
import dev.archway.app.ui.export.ExportPanel;
import dev.archway.app.ui.file.Autosave;
import dev.archway.app.ui.file.FileActions;
import dev.archway.app.ui.file.RecentFiles;
import dev.archway.app.ui.findings.FindingsPanel;
import dev.archway.app.ui.inspector.Inspector;
import dev.archway.app.ui.lesson.CheckSimulations;
import dev.archway.app.ui.lesson.LessonLauncher;
import dev.archway.app.ui.lesson.LessonPane;
import dev.archway.app.ui.palette.Palette;
import dev.archway.app.ui.simulation.SimulationPanel;
import dev.archway.model.Design;
import dev.archway.model.edit.Edit;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The designer window: palette (left), diagram (centre), inspector (right), engine panels (bottom tabs), menus and
 * toolbar (top), status bar, and in workshop mode the lesson pane beside the diagram. It builds the parts and wires
 * each to what it needs (the {@link Workspace}: document, selection, status; and the services it uses).
 */
public final class DesignerWindow {
    private static final double INSPECTOR_WIDTH = 440;
    private final Stage stage;
    private final StatusBar statusBar = new StatusBar();
    private final Workspace workspace = new Workspace(statusBar::message);
    private final DiagramView diagram = new DiagramView(workspace.selection());
    private final Inspector inspector = new Inspector(workspace.selection());
    private final BottomPanels panels = new BottomPanels();
    private final ShortcutsOverlay shortcuts = new ShortcutsOverlay();
    private final ExportPanel exportPanel;
    private final FindingsPanel findingsPanel;
    private final SimulationPanel simulationPanel;
    private final AssumptionsPanel assumptionsPanel = new AssumptionsPanel(diagram);
    private final FileActions files;
    private final Autosave autosave;
    private final LessonPane lessonPane;
    private final LessonLauncher lessons;
    private final LessonArea lessonArea;
    private final Appearance appearance;
    private final FoldingPanels folding;
    private final DriftPanel driftPanel;
    private final AccountActions account;

    public DesignerWindow(Stage stage, Preferences prefs, Path recoveryFile) {
        this.stage = stage;
        this.files = new FileActions(stage, this::show, statusBar::message, new RecentFiles(prefs));
        this.autosave = new Autosave(recoveryFile);
        this.exportPanel = new ExportPanel(diagram, statusBar::message);
        this.findingsPanel = new FindingsPanel(diagram, statusBar::findings);
        this.simulationPanel = new SimulationPanel(diagram);
        this.driftPanel = new DriftPanel(diagram, this::compareWithAccount);
        this.account = new AccountActions(stage, files, driftPanel, statusBar::message,
                () -> panels.select("tab-drift"));
        this.lessonPane = new LessonPane(diagram, statusBar::message, check -> {
            panels.select("tab-simulation");
            CheckSimulations.show(check, simulationPanel, document().design());
        });
        SplitPane centre = centre();
        this.folding = new FoldingPanels(prefs, centre, panels.tabs(), this::placeInspector);
        folding.giveRoomTo(simulationPanel());
        SplitPane workArea = new SplitPane(centre);
        workArea.setMinHeight(0);
        BorderPane root = new BorderPane(workArea);
        Palette palette = new Palette(diagram);
        Scene scene = new Scene(new StackPane(root, shortcuts), 1240, 760);
        this.appearance = new Appearance(prefs, scene, diagram, palette);
        this.lessonArea = new LessonArea(workArea, lessonPane, root, inspector, workspace.selection(),
                folding::inspectorPinned);
        this.lessons = new LessonLauncher(stage, files, lessonPane, statusBar::message, lessonArea::show);
        lessonPane.setOnClose(lessonArea::close);
        layOut(root, palette);
        wireViews();
        placeInspector();
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
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::closeShortcutsOnKey);
    }

    private SplitPane centre() {
        diagram.setStatusSink(statusBar::message);
        diagram.setOnFrame(() -> statusBar.zoom(diagram.viewport().scale()));
        inspector.setStatusSink(statusBar::message);
        panels.add("Export", exportPanel, 0);
        panels.add("Findings", findingsPanel, 0);
        panels.add("Simulation", simulationPanel, 1);
        panels.add("Drift", driftPanel, 3);
        panels.add("Assumptions", assumptionsPanel, 3);
        panels.tabs().getSelectionModel().select(0);
        SplitPane centre = new SplitPane(diagram, panels.tabs());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        centre.setMinHeight(0);
        return centre;
    }

    private void layOut(BorderPane root, Palette palette) {
        inspector.setPrefWidth(INSPECTOR_WIDTH);
        root.setLeft(palette);
        // at presenter sizes the panels may want more than the window has: squeeze them, never push the menus off
        root.setMinSize(0, 0);
        root.setRight(inspector);
        MainMenu menu = new MainMenu(workspace, files, autosave, diagram, appearance, folding, panels, lessons,
                lessonArea, shortcuts::toggle, account);
        root.setTop(new VBox(menu.menuBar(), menu.toolBar()));
        root.setBottom(statusBar);
    }

    private void wireViews() {
        workspace.selection().addListener(this::updateStatus);
        workspace.addView(diagram::setDocument);
        workspace.addView(inspector::setDocument);
        workspace.addView(files::setDocument);
        workspace.addView(exportPanel::setDocument);
        workspace.addView(findingsPanel::setDocument);
        workspace.addView(simulationPanel::setDocument);
        workspace.addView(assumptionsPanel::setDocument);
        workspace.addView(lessonPane::setDocument);
        workspace.addView(driftPanel::setDocument);
    }

    /** The inspector steps aside until something is selected (or it is pinned open); see {@link LessonArea}. */
    private void placeInspector() {
        if (lessonArea != null) {
            lessonArea.placeInspector();
        }
    }

    /** The inspector and the bottom panels, folded away or not. */
    public FoldingPanels folding() {
        return folding;
    }

    /** F1 shows the shortcuts; Escape or any other key closes them again. */
    private void closeShortcutsOnKey(KeyEvent e) {
        if (shortcuts.isVisible() && !e.getCode().isModifierKey()) {
            shortcuts.setVisible(false);
            e.consume();
        }
    }

    /** Adds an engine panel as a bottom tab; it hears about every opened document. */
    public void addPanel(String title, javafx.scene.Node panel, Workspace.DocumentView view, int index) {
        panels.add(title, panel, index);
        workspace.addView(view);
    }

    /** Shows another document; a lesson stays open only for the design it started (the launcher reopens it). */
    public void show(Document doc) {
        if (lessonArea.showing()) {
            lessonArea.close();
        }
        workspace.show(doc);
        // the status line speaks of this document now, not of the last action on the one before
        statusBar.message(doc.file() == null ? "New design: " + doc.design().name()
                : "Opened " + doc.file().getFileName());
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
        stage.setTitle(document().title());
    }

    private void updateStatus() {
        if (document() != null) {
            statusBar.stats(document().design().size(), workspace.selection().ids().size());
            statusBar.zoom(diagram.viewport().scale());
        }
    }

    /** Applies an edit to the open document (tests and tools use this; the parts go through the workspace). */
    void run(Edit edit) {
        workspace.apply(edit);
    }

    void undo() {
        workspace.undo();
    }

    void redo() {
        workspace.redo();
    }

    public void closeLesson() {
        lessonArea.close();
    }

    public boolean lessonShowing() {
        return lessonArea.showing();
    }

    public boolean isLargeFont() {
        return appearance.isLargeFont();
    }

    public boolean isDark() {
        return appearance.isDark();
    }

    public Appearance appearance() {
        return appearance;
    }

    public Stage stage() {
        return stage;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Document document() {
        return workspace.document();
    }

    public Selection selection() {
        return workspace.selection();
    }

    public DiagramView diagram() {
        return diagram;
    }

    public Inspector inspector() {
        return inspector;
    }

    public EditActions edits() {
        return workspace.edits();
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
        return panels.tabs();
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

    public AccountActions account() {
        return account;
    }

    public DriftPanel driftPanel() {
        return driftPanel;
    }

    private void compareWithAccount() {
        account.compare();
    }
}
