package dev.archway.app.ui;

import dev.archway.app.ui.lesson.LessonPane;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The lesson pane beside the diagram. The canvas is what a class looks at: while a lesson is open the inspector
 * steps aside until something is selected, so the lesson pane takes its place rather than a third of the width.
 */
final class LessonArea {
    private final SplitPane workArea;
    private final LessonPane pane;
    private final BorderPane root;
    private final Node inspector;
    private final Selection selection;

    LessonArea(SplitPane workArea, LessonPane pane, BorderPane root, Node inspector, Selection selection) {
        this.workArea = workArea;
        this.pane = pane;
        this.root = root;
        this.inspector = inspector;
        this.selection = selection;
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

    private void placeInspector() {
        boolean wanted = !showing() || !selection.isEmpty();
        if (wanted != (root.getRight() == inspector)) {
            root.setRight(wanted ? inspector : null);
        }
    }
}
