package dev.archway.app.ui.palette;

import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.canvas.IconSet;
import dev.archway.model.ElementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every element kind with its icon, grouped by AWS category and searchable. Drag a row onto the diagram to create
 * that element where it is dropped; the diagram shows whether it may live there before you let go.
 */
public final class Palette extends VBox {
    private static final Map<String, List<ElementKind>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("Network", List.of(ElementKind.REGION, ElementKind.VPC, ElementKind.AVAILABILITY_ZONE,
                ElementKind.SUBNET, ElementKind.INTERNET_GATEWAY, ElementKind.NAT_GATEWAY, ElementKind.ROUTE_TABLE,
                ElementKind.NETWORK_ACL, ElementKind.SECURITY_GROUP));
        GROUPS.put("Load balancing", List.of(ElementKind.LOAD_BALANCER, ElementKind.LISTENER,
                ElementKind.LISTENER_RULE, ElementKind.TARGET_GROUP));
        GROUPS.put("Compute", List.of(ElementKind.EC2_INSTANCE, ElementKind.AUTO_SCALING_GROUP, ElementKind.ECS_SERVICE,
                ElementKind.IP_TARGET, ElementKind.APP_NODE));
        GROUPS.put("DNS and certificates", List.of(ElementKind.HOSTED_ZONE, ElementKind.DNS_RECORD,
                ElementKind.CERTIFICATE));
        GROUPS.put("Database", List.of(ElementKind.AURORA_CLUSTER, ElementKind.DB_INSTANCE,
                ElementKind.DB_SUBNET_GROUP));
        GROUPS.put("Other", List.of(ElementKind.OPAQUE));
    }

    /** The AWS names a user may search by that the kinds' labels do not contain. */
    private static final Map<ElementKind, String> ALSO_KNOWN_AS = Map.of(
            ElementKind.DB_INSTANCE, "rds mysql postgresql mariadb oracle sql server",
            ElementKind.AURORA_CLUSTER, "rds database postgresql mysql",
            ElementKind.AUTO_SCALING_GROUP, "asg",
            ElementKind.LOAD_BALANCER, "alb nlb elb",
            ElementKind.CERTIFICATE, "tls ssl https",
            ElementKind.HOSTED_ZONE, "route 53 dns",
            ElementKind.DNS_RECORD, "route 53 alias",
            ElementKind.SECURITY_GROUP, "firewall sg",
            ElementKind.EC2_INSTANCE, "server vm",
            ElementKind.ECS_SERVICE, "fargate container docker");

    private final DiagramView diagram;
    private final TextField search = new TextField();
    private final VBox rows = new VBox();
    private final List<HBox> items = new ArrayList<>();

    public Palette(DiagramView diagram) {
        this.diagram = diagram;
        getStyleClass().add("palette");
        search.setPromptText("Search elements");
        search.setId("palette-search");
        search.textProperty().addListener((o, a, b) -> filter(b));
        rows.getStyleClass().add("palette-rows");
        GROUPS.forEach((group, kinds) -> {
            Label header = new Label(group.toUpperCase(Locale.ROOT));
            header.getStyleClass().add("palette-header");
            rows.getChildren().add(header);
            kinds.forEach(k -> rows.getChildren().add(row(k)));
        });
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("palette-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label title = new Label("Elements");
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, search, scroll);
    }

    private HBox row(ElementKind kind) {
        Label label = new Label(kind.label());
        HBox row = new HBox(10, IconSet.get().node(kind, 26), label);
        row.getStyleClass().add("palette-item");
        row.setId("palette-" + kind.name());
        row.setUserData(kind);
        row.setCursor(Cursor.OPEN_HAND);
        Tooltip.install(row, new Tooltip(kind == ElementKind.DB_INSTANCE ? "Drag onto a subnet: it joins the "
                + "VPC's Aurora cluster, or is an RDS instance of its own where there is none"
                : "Drag onto the diagram to add a " + kind.label().toLowerCase()));
        row.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            row.setCursor(Cursor.CLOSED_HAND);
            diagram.previewDrop(kind, e.getSceneX(), e.getSceneY());
        });
        row.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            row.setCursor(Cursor.OPEN_HAND);
            diagram.drop(kind, e.getSceneX(), e.getSceneY());
        });
        items.add(row);
        return row;
    }

    private void filter(String text) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (HBox item : items) {
            ElementKind k = (ElementKind) item.getUserData();
            boolean show = q.isEmpty() || k.label().toLowerCase(Locale.ROOT).contains(q)
                    || k.name().toLowerCase(Locale.ROOT).contains(q) || ALSO_KNOWN_AS.getOrDefault(k, "").contains(q);
            item.setVisible(show);
            item.setManaged(show);
        }
        rows.getChildren().stream().filter(n -> n.getStyleClass().contains("palette-header")).forEach(h -> {
            h.setVisible(q.isEmpty());
            h.setManaged(q.isEmpty());
        });
    }
}
