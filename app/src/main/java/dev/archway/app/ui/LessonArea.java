package dev.archway.app.ui;

import dev.archway.app.ui.document.Selection;
import dev.archway.app.ui.lesson.LessonPane;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The lesson pane beside the diagram, and where the inspector stands. The canvas is what people look at: the
 * inspector steps aside until something is selected (unless it is pinned open, View > Inspector always open), so an
 * empty one never takes a third of the width and the lesson pane can take its place.
 */
final class LessonArea {
    private final SplitPane workArea;
    private final LessonPane pane;
    private final BorderPane root;
    private final Node inspector;
    private final Selection selection;
    private final BooleanSupplier inspectorPinned;

    LessonArea(SplitPane workArea, LessonPane pane, BorderPane root, Node inspector, Selection selection,
            BooleanSupplier inspectorPinned) {
        this.workArea = workArea;
        this.pane = pane;
        this.root = root;
        this.inspector = inspector;
        this.selection = selection;
        this.inspectorPinned = inspectorPinned;
        pane.setMinHeight(0);
        selection.addListener(this::placeInspector);
    }

    void show() {
        if (!workArea.getItems().contains(pane)) {
            workArea.getItems().add(pane);
            workArea.setDividerPositions(0.64);
            placeInspector();
        }
    }

    /** Closes the lesson pane and stops its checks; the design stays open. */
    void close() {
        pane.stop();
        workArea.getItems().remove(pane);
        placeInspector();
    }

    boolean showing() {
        return workArea.getItems().contains(pane);
    }

    void placeInspector() {
        boolean wanted = inspectorPinned.getAsBoolean() || !selection.isEmpty();
        if (wanted != (root.getRight() == inspector)) {
            root.setRight(wanted ? inspector : null);
        }
    }
}
