package dev.archway.app.ui.findings;

import dev.archway.app.ui.canvas.CanvasOverlays;
import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.document.Document;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.IncrementalValidator;
import dev.archway.model.validation.Rules;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * Live validation: the findings of the open design grouped by severity, re-checked incrementally after every
 * change. Clicking a finding selects and reveals its elements; Fix applies the rule's fix as an undoable command.
 * Every element with findings gets a badge on the diagram.
 */
public final class FindingsPanel extends BorderPane {
    /** A row of the tree: a severity group or one finding. */
    private record Row(Severity group, int count, Finding finding) {
    }

    private final DiagramView diagram;
    private final Consumer<String> summarySink;
    private final TreeView<Row> tree = new TreeView<>();
    private final Label allClear = new Label("✔ No findings: the design passes all " + Rules.all().size() + " rules.");
    private Document document;
    private IncrementalValidator validator;
    private final PauseTransition costlyChecksPause = new PauseTransition(Duration.millis(300));
    private List<Finding> findings = List.of();

    public FindingsPanel(DiagramView diagram, Consumer<String> summarySink) {
        this.diagram = diagram;
        this.summarySink = summarySink;
        getStyleClass().add("findings-panel");
        tree.setId("findings-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new FindingCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue().finding() != null) {
                reveal(b.getValue().finding());
            }
        });
        allClear.setId("findings-all-clear");
        allClear.setMouseTransparent(true);
        allClear.setWrapText(true); // a narrow panel beside a lesson wraps the sentence rather than cutting it
        setCenter(new StackPane(tree, allClear));
    }

    public void setDocument(Document doc) {
        if (validator != null) {
            validator.close();
        }
        document = doc;
        validator = new IncrementalValidator(doc.design());
        validator.deferCostlyChecks(this::afterAPause);
        validator.addListener(this::show);
        show(validator.findings());
    }

    /** Costly whole-design checks run once the user pauses, so a drag on a large design stays smooth. */
    private void afterAPause(Runnable settle) {
        IncrementalValidator current = validator;
        costlyChecksPause.setOnFinished(e -> {
            if (current == validator) {
                settle.run();
            }
        });
        costlyChecksPause.playFromStart();
    }

    public List<Finding> findings() {
        return findings;
    }

    private void show(List<Finding> current) {
        findings = current;
        Map<Severity, TreeItem<Row>> groups = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            long n = current.stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                TreeItem<Row> group = new TreeItem<>(new Row(s, (int) n, null));
                group.setExpanded(true);
                groups.put(s, group);
            }
        }
        current.forEach(f -> groups.get(f.severity()).getChildren().add(new TreeItem<>(new Row(f.severity(), 0, f))));
        tree.getRoot().getChildren().setAll(groups.values());
        allClear.setVisible(current.isEmpty());
        diagram.overlays().setBadges(badges(current));
        diagram.repaint();
        summarySink.accept(summary(current));
    }

    static String summary(List<Finding> current) {
        long errors = current.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = current.stream().filter(f -> f.severity() == Severity.WARNING).count();
        if (current.isEmpty()) {
            return "✔ No findings";
        }
        return errors + (errors == 1 ? " error · " : " errors · ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    private static Map<String, CanvasOverlays.Badge> badges(List<Finding> current) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Severity> worst = new HashMap<>();
        for (Finding f : current) {
            if (f.resourceIds().isEmpty()) {
                continue;
            }
            String id = f.resourceIds().get(0);
            counts.merge(id, 1, Integer::sum);
            worst.merge(id, f.severity(), (a, b) -> a.ordinal() < b.ordinal() ? a : b);
        }
        Map<String, CanvasOverlays.Badge> out = new HashMap<>();
        counts.forEach((id, n) -> out.put(id, new CanvasOverlays.Badge(n, colour(worst.get(id)))));
        return out;
    }

    /** For a design of several stacks, the finding's elements each with its stack, on a line of the tooltip. */
    private String stacksOf(Finding f) {
        dev.archway.model.Design design = document.design();
        if (!dev.archway.model.stacks.SourceStacks.isMultiStack(design) || f.resourceIds().isEmpty()) {
            return "";
        }
        return "\n" + String.join(", ", dev.archway.model.stacks.SourceStacks.labelled(design, f).resourceNames());
    }

    static Color colour(Severity s) {
        return s == Severity.ERROR ? Color.web("#D13212") : s == Severity.WARNING ? Color.web("#E07700")
                : Color.web("#0972D3");
    }

    private void reveal(Finding f) {
        List<String> ids = f.resourceIds().stream().filter(document.design()::contains).toList();
        diagram.selection().set(ids);
        diagram.reveal(ids);
    }

    /** Applies a finding's fix; the command goes on the undo stack like any edit. */
    public void fix(Finding f) {
        f.fix().ifPresent(fix -> {
            document.apply(dev.archway.model.edit.Edit.of(fix.commandFor(document.design())));
            diagram.repaint();
        });
    }

    private final class FindingCell extends TreeCell<Row> {
        FindingCell() {
            setPrefWidth(0); // as wide as the tree: long messages end in an ellipsis, the Fix button stays in view
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.finding() == null) {
                Label title = new Label(groupTitle(row.group()) + " (" + row.count() + ")");
                title.getStyleClass().add("severity-" + row.group().label());
                setGraphic(title);
                return;
            }
            Finding f = row.finding();
            Circle dot = new Circle(5, colour(f.severity()));
            Label rule = new Label(f.ruleId());
            rule.getStyleClass().add("rule-id");
            rule.setMinWidth(Region.USE_PREF_SIZE);
            Label message = new Label(f.message());
            message.getStyleClass().add("finding-message");
            message.setMinWidth(0);
            message.setTooltip(new javafx.scene.control.Tooltip(f.message() + stacksOf(f)));
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox box = new HBox(10, dot);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            f.fix().ifPresent(fix -> {
                Button button = new Button("Fix");
                button.setTooltip(new javafx.scene.control.Tooltip(fix.label()));
                button.getStyleClass().add("fix-button");
                button.setId("fix-" + f.ruleId());
                button.setMinWidth(Region.USE_PREF_SIZE);
                button.setOnAction(e -> fix(f));
                box.getChildren().add(button);
            });
            box.getChildren().addAll(rule, message);
            box.setMinWidth(0);
            setGraphic(box);
        }
    }

    private static String groupTitle(Severity s) {
        return s == Severity.ERROR ? "Errors" : s == Severity.WARNING ? "Warnings" : "Information";
    }
}
