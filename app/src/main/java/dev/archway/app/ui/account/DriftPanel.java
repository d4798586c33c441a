package dev.archway.app.ui.account;

import dev.archway.app.cli.output.DriftReport;
import dev.archway.app.ui.canvas.CanvasOverlays;
import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.document.Document;
import dev.archway.model.Design;
import dev.archway.model.DesignListener;
import dev.archway.model.diff.Drift;
import dev.archway.model.diff.ElementChange;
import dev.archway.model.diff.StackResource;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Drift tab: how the account last read differs from the open design, drawn on the canvas as the lessons draw a
 * solution (ghosts for what only the account has, crossed outlines for what only the design has, amber outlines for
 * what differs) and listed property by property. It follows the design as it is edited.
 */
public final class DriftPanel extends BorderPane {
    private static final CanvasOverlays.DiffLabels LABELS = new CanvasOverlays.DiffLabels("Drift from the account",
            "only in the account", "only in the design", "changed");
    private final DiagramView diagram;
    private final Label summary = new Label("Compare the design with an AWS account: File > Compare with AWS account…");
    private final ToggleButton onCanvas = new ToggleButton("Show on canvas");
    private final Button clear = new Button("Clear");
    private final ListView<ElementChange> list = new ListView<>();
    private final DesignListener follow = (d, ids) -> refresh();
    private Document document;
    private Design account;
    private Map<String, StackResource> deployedBy = Map.of();
    private Drift drift;

    public DriftPanel(DiagramView diagram, Runnable compareAgain) {
        this.diagram = diagram;
        getStyleClass().add("drift-panel");
        summary.setId("drift-summary");
        onCanvas.setId("drift-on-canvas");
        onCanvas.setSelected(true);
        onCanvas.setOnAction(e -> paint());
        clear.setId("drift-clear");
        clear.setOnAction(e -> show(null));
        Button again = new Button("Compare again…");
        again.setId("drift-compare");
        again.setOnAction(e -> compareAgain.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, gap, onCanvas, again, clear);
        bar.getStyleClass().add("panel-bar");
        list.setId("drift-list");
        list.setPlaceholder(new Label("No drift shown."));
        list.setCellFactory(v -> new ChangeCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> reveal(now));
        setTop(bar);
        setCenter(list);
        show(null);
    }

    /** Another document is open: the drift shown was against the one before, so it goes. */
    public void setDocument(Document doc) {
        if (document != null) {
            document.design().removeListener(follow);
        }
        document = doc;
        if (document != null) {
            document.design().addListener(follow);
        }
        show(null);
    }

    /** Shows the drift of the open design from a design read from an account (null: none). */
    public void show(Design accountDesign) {
        show(accountDesign, Map.of());
    }

    /** As {@link #show(Design)}, knowing which CloudFormation stack resource each account element was deployed as. */
    public void show(Design accountDesign, Map<String, StackResource> accountStacks) {
        account = accountDesign;
        deployedBy = accountStacks;
        refresh();
    }

    public Drift drift() {
        return drift;
    }

    private void refresh() {
        drift = account == null || document == null ? null : Drift.between(document.design(), account, deployedBy);
        clear.setDisable(drift == null);
        onCanvas.setDisable(drift == null);
        list.getItems().setAll(drift == null ? List.of() : drift.diff().changes());
        if (drift != null) {
            summary.setText(drift.isEmpty() ? "No drift: the account matches the design." : DriftReport.summary(drift));
        }
        paint();
    }

    private void paint() {
        boolean shown = drift != null && onCanvas.isSelected();
        if (shown || diagram.overlays().diffLabels() == LABELS) {
            diagram.overlays().setDiff(shown ? drift.diff() : null, LABELS);
            diagram.repaint();
        }
    }

    private void reveal(ElementChange change) {
        if (change != null && change.type() != ElementChange.Type.ADDED) {
            diagram.reveal(List.of(change.id()));
        }
    }

    /** A change's headline and, under it, each property that differs. */
    private final class ChangeCell extends ListCell<ElementChange> {
        @Override
        protected void updateItem(ElementChange change, boolean empty) {
            super.updateItem(change, empty);
            getStyleClass().removeAll("lesson-diff-added", "lesson-diff-removed", "lesson-diff-changed");
            if (empty || change == null || drift == null) {
                setText(null);
                return;
            }
            List<String> details = DriftReport.details(drift, change);
            setText(DriftReport.headline(change) + (details.isEmpty() ? "" : "\n    " + String.join("\n    ", details)));
            getStyleClass().add(switch (change.type()) {
                case ADDED -> "lesson-diff-added";
                case REMOVED -> "lesson-diff-removed";
                default -> "lesson-diff-changed";
            });
        }
    }
}
