package dev.archway.app.ui.lesson;

import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.document.Document;
import dev.archway.model.Design;
import dev.archway.model.diff.DesignDiff;
import dev.archway.model.diff.ElementChange;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Reveal solution" and "Apply solution": the difference between the student's design and the lesson's solution,
 * drawn on the canvas and listed here; applying it is one undoable command.
 */
final class SolutionDiffView extends VBox {
    static final String APPLY_LABEL = "Apply solution";
    private final DiagramView diagram;
    private final Consumer<String> status;
    private final ToggleButton reveal = new ToggleButton("Reveal solution");
    private final Button apply = new Button(APPLY_LABEL);
    private final VBox list = new VBox(3);
    private final HBox buttons = new HBox(8, reveal, apply);
    private Document document;
    private Design solution;
    private DesignDiff diff;

    SolutionDiffView(DiagramView diagram, Consumer<String> status) {
        super(6);
        this.diagram = diagram;
        this.status = status;
        reveal.setId("lesson-reveal");
        apply.setId("lesson-apply");
        list.setId("lesson-diff");
        reveal.setOnAction(e -> refresh());
        apply.setOnAction(e -> apply());
        // never "Reveal s...": the pane keeps the width its buttons need, in the presenter's font too
        reveal.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(list);
    }

    /** Reveal and Apply, which the pane keeps in view below the scrolling step text. */
    HBox buttons() {
        return buttons;
    }

    void show(Document doc, Design solutionDesign) {
        document = doc;
        solution = solutionDesign;
        reveal.setSelected(false);
        reveal.setDisable(solution == null);
        apply.setDisable(solution == null);
        refresh();
    }

    /** The design changed: the diff, if shown, follows it (a hidden one costs nothing). */
    void designChanged() {
        if (reveal.isSelected()) {
            refresh();
        }
    }

    /** Shows the diff to the solution, or takes it off the canvas, as the Reveal toggle says. */
    void refresh() {
        diff = solution == null || document == null || !reveal.isSelected() ? null
                : DesignDiff.between(document.design(), solution);
        diagram.overlays().setDiff(diff);
        diagram.repaint();
        list.getChildren().clear();
        if (diff == null) {
            return;
        }
        if (diff.isEmpty()) {
            list.getChildren().add(line("The design matches the solution.", "lesson-diff-added"));
        }
        for (ElementChange c : diff.changes()) {
            list.getChildren().add(entry(c));
        }
    }

    private Label entry(ElementChange c) {
        String kind = c.element().kind().label();
        Label label = switch (c.type()) {
            case ADDED -> line("+ add " + c.name() + " (" + kind + ")", "lesson-diff-added");
            case REMOVED -> line("− remove " + c.name() + " (" + kind + ")", "lesson-diff-removed");
            default -> line("~ change " + c.name() + ": " + String.join(", ", c.fields()), "lesson-diff-changed");
        };
        if (c.type() != ElementChange.Type.ADDED) {
            label.setOnMouseClicked(e -> diagram.reveal(List.of(c.id())));
        }
        return label;
    }

    private static Label line(String text, String style) {
        Label label = LessonPane.label(null, style);
        label.setText(text);
        return label;
    }

    private void apply() {
        if (solution == null) {
            return;
        }
        DesignDiff toSolution = DesignDiff.between(document.design(), solution);
        if (toSolution.isEmpty()) {
            status.accept("The design already matches the solution");
            return;
        }
        document.apply(dev.archway.model.edit.Edit.of(toSolution.command(APPLY_LABEL)));
        status.accept(APPLY_LABEL + ": " + toSolution.changes().size() + " changes (Ctrl+Z undoes them)");
        reveal.setSelected(false);
        refresh();
    }

    void reveal(boolean shown) {
        reveal.setSelected(shown && solution != null);
        refresh();
    }

    void hide() {
        reveal.setSelected(false);
        diagram.overlays().setDiff(null);
        diagram.repaint();
        list.getChildren().clear();
    }

    DesignDiff diff() {
        return diff;
    }
}
