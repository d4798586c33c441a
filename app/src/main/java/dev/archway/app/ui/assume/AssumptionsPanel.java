package dev.archway.app.ui.assume;

import dev.archway.app.ui.canvas.CanvasOverlays.ConditionBadge;
import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.document.Document;
import dev.archway.exporters.assume.AssumedDesign;
import dev.archway.exporters.assume.AssumedParameter;
import dev.archway.exporters.cfn.TemplateExtras;
import dev.archway.model.Design;
import dev.archway.model.DesignListener;
import dev.archway.model.Element;
import dev.archway.model.query.Topology;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The assumptions validation and simulation work under, for a design imported from a template: its Parameters (the
 * value assumed, the default shown, allowed values as a choice), its Conditions with their value under those
 * Parameters, and the facts about the elements it takes from outside (see {@link OutsideFacts}). Every change is an
 * undoable edit; the findings and the simulation follow it, and conditional elements carry a badge on the canvas.
 */
public final class AssumptionsPanel extends BorderPane {
    private final DiagramView diagram;
    private final DesignListener listener = (d, ids) -> designChanged(ids);
    private final Label empty = new Label("No template Parameters or outside elements: import a CloudFormation "
            + "template to assume values for them here.");
    private Set<String> watched = Set.of();
    private Document document;

    public AssumptionsPanel(DiagramView diagram) {
        this.diagram = diagram;
        getStyleClass().add("assumptions-panel");
        setId("assumptions-panel");
        empty.setWrapText(true);
        empty.setPadding(new Insets(8));
    }

    public void setDocument(Document doc) {
        if (document != null) {
            document.design().removeListener(listener);
        }
        document = doc;
        doc.design().addListener(listener);
        refresh();
    }

    private void designChanged(Set<String> ids) {
        if (ids.stream().anyMatch(id -> watched.contains(id) || document.design().get(id) == null)
                || ids.stream().anyMatch(id -> document.design().cfnExtras(id).containsKey("Condition"))) {
            refresh();
        }
    }

    private void refresh() {
        Design design = document.design();
        Topology topology = new Topology(design);
        List<AssumedParameter> parameters = AssumedParameter.of(design);
        Map<String, Boolean> conditions = AssumedDesign.conditionValues(design);
        List<Element> outside = design.elements().stream().filter(e -> topology.isExternal(e.id())).toList();
        Set<String> ids = new HashSet<>();
        outside.forEach(e -> ids.add(e.id()));
        String carrier = TemplateExtras.carrier(design);
        if (carrier != null) {
            ids.add(carrier);
        }
        watched = ids;
        badges(design, conditions);
        if (parameters.isEmpty() && conditions.isEmpty() && outside.isEmpty()) {
            setCenter(empty);
            return;
        }
        HBox columns = new HBox(24, section("Parameters", parameters(parameters)),
                section("Conditions", conditions(conditions)),
                section("Outside elements", new OutsideFacts(diagram, design).grid(outside)));
        columns.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        setCenter(scroll);
    }

    private void badges(Design design, Map<String, Boolean> conditions) {
        Map<String, ConditionBadge> badges = new HashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : design.allCfnExtras().entrySet()) {
            if (e.getValue().get("Condition") instanceof String name) {
                badges.put(e.getKey(), new ConditionBadge(name, conditions.get(name)));
            }
        }
        diagram.overlays().setConditions(badges);
        diagram.repaint();
    }

    private GridPane parameters(List<AssumedParameter> parameters) {
        GridPane grid = grid();
        int row = 0;
        for (AssumedParameter p : parameters) {
            Label name = new Label(p.name());
            if (p.description() != null) {
                name.setTooltip(new Tooltip(p.description()));
            }
            Label hint = new Label(p.outside() ? "" : p.defaultValue() == null ? "no default"
                    : "default " + p.defaultValue());
            hint.getStyleClass().add("hint");
            Label outside = new Label("from outside");
            outside.setTooltip(new Tooltip(p.type() + ": see Outside elements"));
            grid.addRow(row++, name, p.outside() ? outside : control(p), hint);
        }
        return grid;
    }

    private Control control(AssumedParameter p) {
        String current = p.effectiveValue() == null ? "" : p.effectiveValue();
        if (!p.allowedValues().isEmpty()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(p.allowedValues());
            choice.setValue(current);
            choice.setId(ids("param", p.name()));
            choice.setOnAction(e -> assume(p, choice.getValue()));
            return choice;
        }
        TextField field = new TextField(current);
        field.setId(ids("param", p.name()));
        field.setPromptText(p.defaultValue() == null ? "no value" : p.defaultValue());
        field.setPrefColumnCount(10);
        field.setOnAction(e -> assume(p, field.getText()));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && field.getScene() != null) { // not when a refresh takes the field away
                assume(p, field.getText());
            }
        });
        return field;
    }

    private void assume(AssumedParameter p, String text) {
        String value = text == null || text.isEmpty() || text.equals(p.defaultValue()) ? null : text;
        String current = AssumedDesign.parameterValues(document.design()).get(p.name());
        if (value == null ? current == null : value.equals(current)) {
            return;
        }
        diagram.apply(AssumptionEdits.parameter(document.design(), p.name(), value));
    }

    private static GridPane conditions(Map<String, Boolean> conditions) {
        GridPane grid = grid();
        int row = 0;
        for (Map.Entry<String, Boolean> c : conditions.entrySet()) {
            Label value = new Label(c.getValue() == null ? "cannot tell" : c.getValue().toString());
            value.setId(ids("condition", c.getKey()));
            if (c.getValue() == null) {
                value.setTooltip(new Tooltip("It reads a Parameter without a value, or a value from outside the "
                        + "template: give the Parameter a value"));
            }
            grid.addRow(row++, new Label(c.getKey()), value);
        }
        return grid;
    }

    private static VBox section(String title, GridPane content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setStyle("-fx-font-weight: bold");
        if (content.getChildren().isEmpty()) {
            content.add(new Label("none"), 0, 0);
        }
        return new VBox(6, heading, content);
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        return grid;
    }

    /** A node id for TestFX and CSS: {@code param-ListenerPort}, {@code az-Subnets-1}. */
    static String ids(String prefix, String name) {
        return prefix + "-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
