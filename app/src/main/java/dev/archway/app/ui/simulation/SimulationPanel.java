package dev.archway.app.ui.simulation;

import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.document.Document;
import dev.archway.model.Design;
import dev.archway.model.db.AppNode;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.simulation.DbQuery;
import dev.archway.model.simulation.DbTrace;
import dev.archway.model.simulation.Hop;
import dev.archway.model.simulation.QueryRouter;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteOutcome;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.simulation.TargetRequest;
import dev.archway.model.simulation.TargetSlot;
import dev.archway.model.simulation.ZoneNames;
import dev.archway.model.simulation.TrafficReport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Simulation: type a request, see its path drawn on the diagram hop by hop (animated, steppable) with the trace table
 * beside it; fail AZs, mark targets unhealthy, fail the Aurora writer; send 1,000 requests and see each target's
 * share coloured on the diagram. The engine is {@link RequestRouter} and {@link QueryRouter}.
 */
public final class SimulationPanel extends BorderPane {
    private final DiagramView diagram;
    private final ComboBox<String> request = new ComboBox<>();
    private final TextField sourceIp = new TextField();
    private final Label outcome = new Label("Type a request such as GET https://shop.example.com/api/orders and press Send.");
    private final TableView<Hop> trace = new TableView<>();
    private final TableView<TrafficReport.TargetCount> shares = new TableView<>();
    private final MenuButton zones = new MenuButton("Fail AZs");
    private final MenuButton unhealthy = new MenuButton("Unhealthy targets");
    private final CheckBox writerFailed = new CheckBox("Aurora writer failed");
    private final Timeline animation = new Timeline();
    private SimulationScenario scenario = SimulationScenario.NORMAL;
    private Document document;
    private List<String> path = List.of();
    private boolean refused;
    private int shown;
    private RouteTrace lastTrace;
    /** What the target of a forwarded request receives (issue 21); hidden otherwise. */
    private final Label targetSees = new Label();

    public SimulationPanel(DiagramView diagram) {
        this.diagram = diagram;
        getStyleClass().add("simulation-panel");
        request.setEditable(true);
        request.setId("sim-request");
        request.setPrefWidth(380);
        request.getEditor().setOnAction(e -> send());
        sourceIp.setPromptText("source IP (internet)");
        sourceIp.setPrefWidth(140);
        Button send = button("Send", "sim-send", this::send);
        send.getStyleClass().add("accent");
        Button thousand = button("Send 1,000", "sim-send-1000", this::sendThousand);
        Button back = button("◀", "sim-back", () -> step(-1));
        Button forward = button("▶", "sim-forward", () -> step(1));
        Button play = button("Replay", "sim-play", this::play);
        Button read = button("DB read", "sim-db-read", () -> query(false));
        Button write = button("DB write", "sim-db-write", () -> query(true));
        writerFailed.setOnAction(e -> {
            scenario = scenario.withWriterFailed(writerFailed.isSelected());
            rerun();
        });
        zones.setOnShowing(e -> fillZones());
        unhealthy.setOnShowing(e -> fillTargets());
        request.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(request, Priority.ALWAYS);
        HBox first = new HBox(8, request, send, thousand);
        // a narrow panel (1280 px beside a lesson) wraps the controls onto another line rather than cutting their names
        javafx.scene.layout.FlowPane second = new javafx.scene.layout.FlowPane(8, 6, back, forward, play,
                new Separator(javafx.geometry.Orientation.VERTICAL), zones, unhealthy, writerFailed,
                new Separator(javafx.geometry.Orientation.VERTICAL), read, write, sourceIp);
        List.of(zones, unhealthy, writerFailed).forEach(c -> c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        first.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        second.setPrefWrapLength(600);
        VBox top = new VBox(6, first, second);
        top.getStyleClass().add("panel-bar");
        outcome.setId("sim-outcome");
        outcome.getStyleClass().add("sim-outcome");
        buildTrace();
        buildShares();
        HBox tables = new HBox(10, trace, shares);
        HBox.setHgrow(trace, Priority.ALWAYS);
        shares.setPrefWidth(320);
        // the panel asks for room for six steps of the path (FoldingPanels gives it while the panel is shown)
        trace.setPrefHeight(30 + 7 * 24);
        shares.setVisible(false);
        shares.setManaged(false);
        VBox.setVgrow(tables, Priority.ALWAYS);
        targetSees.setId("sim-target-sees");
        targetSees.getStyleClass().add("sim-target-sees");
        targetSees.setWrapText(true);
        targetSees.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full; the tables give way
        showTargetSees(null);
        setCenter(new VBox(6, top, outcome, targetSees, tables));
        animation.setCycleCount(Timeline.INDEFINITE);
        animation.getKeyFrames().add(new KeyFrame(Duration.millis(380), e -> {
            if (shown >= path.size()) {
                animation.stop();
            } else {
                step(1);
            }
        }));
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void buildTrace() {
        trace.setId("sim-trace");
        trace.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        trace.getColumns().add(column("#", 36, h -> String.valueOf(trace.getItems().indexOf(h) + 1)));
        trace.getColumns().add(column("Step", 130, h -> h.step().label()));
        trace.getColumns().add(column("Element", 150, h -> h.elementId() == null ? "" : design().nameOf(h.elementId())));
        trace.getColumns().add(column("Decision", 150, Hop::decision));
        trace.getColumns().add(column("Why", 420, h -> h.reason() == null ? "" : h.reason()));
        trace.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Hop hop, boolean empty) {
                super.updateItem(hop, empty);
                getStyleClass().remove("hop-current");
                if (!empty && hop != null && getIndex() == shown - 1) {
                    getStyleClass().add("hop-current");
                }
            }
        });
        trace.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.elementId() != null && design().contains(b.elementId())) {
                diagram.reveal(List.of(b.elementId()));
            }
        });
    }

    private void buildShares() {
        shares.setId("sim-shares");
        shares.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TrafficReport.TargetCount, String> name = new TableColumn<>("Target");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<TrafficReport.TargetCount, String> count = new TableColumn<>("Requests");
        count.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().count())));
        TableColumn<TrafficReport.TargetCount, String> share = new TableColumn<>("Expected");
        share.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Math.round(c.getValue().expectedShare() * 1000) / 10.0 + "%"));
        shares.getColumns().add(name);
        shares.getColumns().add(count);
        shares.getColumns().add(share);
    }

    private static TableColumn<Hop, String> column(String title, double width, java.util.function.Function<Hop, String> v) {
        TableColumn<Hop, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(v.apply(cell.getValue())));
        return c;
    }

    public void setDocument(Document doc) {
        document = doc;
        doc.design().addListener((d, ids) -> {
            // a path or a share drawn over an edited design would be stale
            diagram.overlays().setPath(List.of(), 0, false);
            diagram.overlays().setShares(Map.of());
        });
        scenario = SimulationScenario.startingFrom(doc.design()); // an account's unhealthy targets stay unhealthy
        writerFailed.setSelected(false);
        clear();
        List<String> examples = suggestions(doc.design());
        request.getItems().setAll(examples);
        if (!examples.isEmpty()) {
            request.setValue(examples.get(0));
        }
    }

    private Design design() {
        return document.design();
    }

    /** Requests that fit the design: one per DNS name it answers. */
    private static List<String> suggestions(Design design) {
        Set<String> out = new LinkedHashSet<>();
        for (dev.archway.model.dns.DnsRecord r : design.all(dev.archway.model.dns.DnsRecord.class)) {
            if (r.isAlias()) {
                out.add("GET https://" + r.recordName() + "/");
            }
        }
        return List.copyOf(out);
    }

    /** Routes the request in the box; returns the trace (tests read it). */
    public RouteTrace send() {
        String line = request.getEditor().getText() == null ? "" : request.getEditor().getText().trim();
        try {
            SimRequest r = SimRequest.parse(line, List.of(), sourceIp.getText().isBlank() ? null : sourceIp.getText().trim());
            RouteTrace t = new RequestRouter(design()).route(r, null, scenario);
            remember(line);
            return show(t);
        } catch (IllegalArgumentException ex) {
            refuse(ex.getMessage());
            return null;
        }
    }

    /**
     * Routes a request exactly as given (headers, source address, through a named load balancer or null for the one
     * that answers its host) under a scenario, and steps through its path on the diagram: a lesson's check shown.
     */
    public RouteTrace showRequest(String line, List<String> headers, String source, String loadBalancer,
            SimulationScenario newScenario) {
        useScenario(newScenario);
        setRequest(line);
        sourceIp.setText(source == null ? "" : source);
        try {
            SimRequest r = SimRequest.parse(line, headers, source);
            RouteTrace t = new RequestRouter(design()).route(r, loadBalancer, scenario);
            remember(line);
            return show(t);
        } catch (IllegalArgumentException ex) {
            refuse(ex.getMessage());
            return null;
        }
    }

    private void useScenario(SimulationScenario newScenario) {
        scenario = newScenario;
        writerFailed.setSelected(newScenario.writerFailed());
        markDown();
    }

    /** Routes a database query under a scenario and steps through its path on the diagram. */
    public DbTrace showQuery(DbQuery q, SimulationScenario newScenario) {
        useScenario(newScenario);
        return route(q);
    }

    private RouteTrace show(RouteTrace t) {
        lastTrace = t;
        showTrace(t.hops(), t.elementIds(), t.outcome() != RouteOutcome.FORWARDED
                && t.outcome() != RouteOutcome.REDIRECTED && t.outcome() != RouteOutcome.FIXED_RESPONSE,
                describe(t));
        hideShares();
        showTargetSees(t.targetRequest());
        return t;
    }

    private void showTargetSees(TargetRequest r) {
        targetSees.setText(r == null ? "" : "The target sees: " + r.describe());
        targetSees.setVisible(r != null);
        targetSees.setManaged(r != null);
    }

    /** The "target sees" line of the last forwarded request, empty when none. */
    public String targetSeesText() {
        return targetSees.getText();
    }

    private void refuse(String message) {
        outcome.setText(message);
        outcome.setGraphic(dev.archway.app.ui.canvas.RefusalSign.create(14));
        outcome.getStyleClass().setAll("label", "sim-outcome", "refused");
    }

    private void remember(String line) {
        request.getItems().remove(line);
        request.getItems().add(0, line);
        request.setValue(line);
    }

    private String describe(RouteTrace t) {
        StringBuilder s = new StringBuilder(t.outcome().label().toUpperCase());
        if (t.statusCode() != null) {
            s.append(" ").append(t.statusCode());
        }
        if (t.targetName() != null) {
            s.append(" → ").append(t.targetName());
        }
        if (t.availabilityZoneId() != null) {
            s.append(" in ").append(design().nameOf(t.availabilityZoneId()));
        }
        if (t.location() != null) {
            s.append(" → ").append(t.location());
        }
        if (t.blockedReason() != null) {
            s.append(": ").append(t.blockedReason());
        }
        return s.toString();
    }

    private void showTrace(List<Hop> hops, List<String> ids, boolean isRefused, String text) {
        showTargetSees(null);
        trace.getItems().setAll(hops);
        path = ids;
        refused = isRefused;
        outcome.setText(text);
        outcome.setGraphic(null);
        outcome.getStyleClass().setAll("label", "sim-outcome", isRefused ? "refused" : "accepted");
        play();
    }

    private void play() {
        shown = 0;
        animation.stop();
        step(1);
        animation.play();
    }

    /** Shows one hop more or less of the path on the diagram. */
    public void step(int delta) {
        shown = Math.max(0, Math.min(path.size(), shown + delta));
        diagram.overlays().setPath(path, shown, refused);
        diagram.repaint();
        trace.refresh();
    }

    /** How many hops of the path are shown on the diagram so far. */
    public int shownHops() {
        return shown;
    }

    /** Shows the whole path at once (tests and screenshots). */
    public void showAll() {
        animation.stop();
        shown = path.size();
        step(0);
    }

    public void sendThousand() {
        String line = request.getEditor().getText() == null ? "" : request.getEditor().getText().trim();
        spread(line, List.of(), sourceIp.getText().isBlank() ? null : sourceIp.getText().trim(), null, 1000);
    }

    /**
     * Sends {@code clients} independent clients of a request exactly as given (headers, source, load balancer) and
     * colours each target's share on the diagram: a lesson's load-spread check shown.
     */
    public void spread(String line, List<String> headers, String source, String loadBalancer, int clients) {
        try {
            SimRequest r = SimRequest.parse(line, headers, source);
            TrafficReport report = new RequestRouter(design()).send(r, loadBalancer, scenario, clients);
            remember(line);
            Map<String, Double> byElement = new HashMap<>();
            report.targets().forEach(c -> byElement.merge(c.elementId(), c.count() / (double) report.requests(), Double::sum));
            diagram.overlays().setShares(byElement);
            shares.getItems().setAll(report.targets());
            shares.setVisible(true);
            shares.setManaged(true);
            StringBuilder s = new StringBuilder(String.format("%,d requests: ", clients));
            report.outcomes().forEach((o, n) -> s.append(n).append(" ").append(o.label()).append("  "));
            outcome.setText(s.toString().trim());
            outcome.setGraphic(null);
            outcome.getStyleClass().setAll("label", "sim-outcome", "accepted");
            diagram.overlays().setPath(List.of(), 0, false);
            trace.getItems().setAll(report.first().hops());
            diagram.repaint();
        } catch (IllegalArgumentException ex) {
            refuse(ex.getMessage());
        }
    }

    private void hideShares() {
        diagram.overlays().setShares(Map.of());
        shares.setVisible(false);
        shares.setManaged(false);
    }

    private void query(boolean write) {
        List<AppNode> apps = design().all(AppNode.class);
        DbQuery q = write ? DbQuery.writes() : DbQuery.reads();
        if (!apps.isEmpty()) {
            q = q.viaApp(apps.get(0).name());
        }
        route(q);
    }

    private DbTrace route(DbQuery q) {
        try {
            DbTrace t = new QueryRouter(design()).route(q, scenario);
            String text = (q.write() ? "WRITE" : "READ") + " " + t.outcome().label().toUpperCase()
                    + (t.instanceId() == null ? "" : " → " + design().nameOf(t.instanceId()))
                    + (t.endpoint() == null ? "" : " via the " + t.endpoint() + " endpoint")
                    + (t.promotedId() == null ? "" : "; failover promoted " + design().nameOf(t.promotedId()))
                    + (t.blockedReason() == null ? "" : ": " + t.blockedReason());
            hideShares();
            showTrace(t.hops(), t.elementIds(), t.outcome() != dev.archway.model.simulation.DbOutcome.CONNECTED, text);
            return t;
        } catch (IllegalArgumentException ex) {
            refuse(ex.getMessage());
            return null;
        }
    }

    private void fillZones() {
        zones.getItems().clear();
        Set<String> names = new TreeSet<>();
        design().all(AvailabilityZone.class).forEach(az -> names.add(az.zone()));
        for (String zone : names) {
            CheckMenuItem item = new CheckMenuItem(ZoneNames.label(design(), zone));
            item.setSelected(scenario.zoneFailed(zone));
            item.setOnAction(e -> {
                scenario = scenario.withZoneFailed(zone, item.isSelected());
                rerun();
            });
            zones.getItems().add(item);
        }
    }

    private void fillTargets() {
        unhealthy.getItems().clear();
        Set<String> seen = new HashSet<>();
        for (TargetGroup tg : design().all(TargetGroup.class)) {
            for (TargetSlot slot : TargetSlot.of(design(), tg)) {
                if (seen.add(slot.key())) {
                    CheckMenuItem item = new CheckMenuItem(slot.name());
                    item.setSelected(scenario.markedUnhealthy(slot.key()));
                    item.setOnAction(e -> {
                        scenario = scenario.withUnhealthy(slot.key(), item.isSelected());
                        rerun();
                    });
                    unhealthy.getItems().add(item);
                }
            }
        }
    }

    /** Marks failed AZs and unhealthy targets on the diagram and routes the request again under the new scenario. */
    private void rerun() {
        markDown();
        if (lastTrace != null || !trace.getItems().isEmpty()) {
            send();
        }
        diagram.repaint();
    }

    private void markDown() {
        Set<String> down = new HashSet<>();
        design().all(AvailabilityZone.class).stream().filter(az -> scenario.zoneFailed(az.zone()))
                .forEach(az -> down.add(az.id()));
        for (TargetGroup tg : design().all(TargetGroup.class)) {
            TargetSlot.of(design(), tg).stream().filter(s -> scenario.markedUnhealthy(s.key()))
                    .forEach(s -> down.add(s.elementId()));
        }
        diagram.overlays().setDown(down);
        diagram.repaint();
    }

    public void setScenario(SimulationScenario newScenario) {
        scenario = newScenario;
        writerFailed.setSelected(newScenario.writerFailed());
        rerun();
    }

    public void setRequest(String line) {
        request.getEditor().setText(line);
        request.setValue(line);
    }

    /** The trace of the last request routed (null before the first). */
    public RouteTrace lastTrace() {
        return lastTrace;
    }

    public String outcomeText() {
        return outcome.getText();
    }

    public List<Hop> traceRows() {
        return List.copyOf(trace.getItems());
    }

    private void clear() {
        lastTrace = null;
        path = List.of();
        shown = 0;
        trace.getItems().clear();
        hideShares();
        diagram.overlays().setPath(List.of(), 0, false);
        diagram.overlays().setDown(Set.of());
        outcome.setText("Type a request such as GET https://shop.example.com/api/orders and press Send.");
        outcome.setGraphic(null);
        showTargetSees(null);
    }
}
