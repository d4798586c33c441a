package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.edit.Containment;
import dev.archway.model.diagram.Relation;
import dev.archway.model.diagram.EdgeRoute;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Draws a design in layers: background grid, containers, edges, nodes, badges, simulation overlay, selection and
 * the gesture in progress. Everything is drawn from the design and its layout; nothing here is stored.
 */
final class DiagramPainter {
    /** Room under an icon for its labels before the next row of the grid (CELL_H - ICON in the layout). */
    private static final double ICON_LABEL_ROOM = 40;
    private double textScale = 1;
    private LabelFonts fonts = new LabelFonts(1, 1);
    private EdgeLayers layers = new EdgeLayers();
    private Set<String> selected = Set.of();
    private double smallestLabelPx;
    private final IconSet icons = IconSet.get();
    private GraphicsContext gc;
    private Design design;
    private DiagramModel model;
    private CanvasTheme theme;
    private DragFeedback drag;
    private double scale;
    private Bounds visible;
    private ContainerPainter containers;

    /** Draws labels and container icons larger by this factor (presenter mode on a projector). */
    void setTextScale(double factor) {
        textScale = factor;
    }

    void setLayers(EdgeLayers edgeLayers) {
        layers = edgeLayers;
    }

    /** The smallest element label of the last frame, in screen pixels (0 when none was drawn). */
    double smallestLabelPx() {
        return smallestLabelPx;
    }

    double textScale() {
        return textScale;
    }

    void paint(GraphicsContext g, double w, double h, Design d, DiagramModel m, Viewport vp, Set<String> selectedIds,
            CanvasTheme t, DragFeedback feedback, CanvasOverlays overlays) {
        gc = g;
        design = d;
        model = m;
        theme = t;
        drag = feedback;
        scale = vp.scale();
        visible = vp.visible(w, h);
        selected = selectedIds;
        fonts = new LabelFonts(scale, textScale);
        containers = new ContainerPainter(gc, model, theme, fonts, this::icon);
        smallestLabelPx = 0;
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, w, h); // a full clear also drops the canvas's queued commands of the previous frame
        gc.setFill(theme.background());
        gc.fillRect(0, 0, w, h);
        gc.setTransform(scale, 0, 0, scale, vp.tx(), vp.ty());
        grid();
        // containers, then bars (load balancers, whose listeners' edges start inside them), edges, other nodes
        nodes(overlays, e -> Containment.isContainer(e.kind()));
        nodes(overlays, e -> e instanceof LoadBalancer);
        if (!fonts.far()) { // far out, edges would be a haze over the containers' counts
            model.edges().stream().filter(e -> layers.draws(e, selected)).forEach(this::edge);
        }
        nodes(overlays, e -> !Containment.isContainer(e.kind()) && !(e instanceof LoadBalancer));
        if (fonts.far()) {
            farLabels();
        }
        DiffPainter diff = overlays.diff() == null ? null : new DiffPainter(gc, scale, textScale);
        if (diff != null) {
            diff.paint(overlays.diff());
        }
        new OverlayPainter(gc, theme, scale, this::bounds, model::routeBetween).paint(overlays, selectedIds, drag, design);
        if (diff != null) {
            gc.setTransform(1, 0, 0, 1, 0, 0);
            diff.legend(overlays.diff(), overlays.diffLabels(), theme);
        }
    }

    private void nodes(CanvasOverlays overlays, java.util.function.Predicate<Element> which) {
        for (Element e : model.drawOrder()) {
            Bounds b = which.test(e) ? bounds(e.id()) : null;
            if (b != null && intersects(b)) {
                if (Containment.isContainer(e.kind())) {
                    containers.paint(e, b, overlays.down().contains(e.id()));
                } else {
                    node(e, b, overlays);
                }
            }
        }
    }

    /** The cached icon bitmap closest above the size it is drawn at on screen, so scaling stays cheap and sharp. */
    private javafx.scene.image.Image icon(ElementKind kind, double modelSize, Color colour) {
        double px = modelSize * scale * 1.5;
        int bucket = px <= 16 ? 16 : px <= 32 ? 32 : px <= 64 ? 64 : 128;
        return icons.image(kind, bucket, colour);
    }

    Bounds bounds(String id) {
        return drag.boundsOf(id, design.bounds(id));
    }

    private boolean intersects(Bounds b) {
        return b.x() < visible.x() + visible.width() && b.x() + b.width() > visible.x()
                && b.y() < visible.y() + visible.height() && b.y() + b.height() > visible.y();
    }

    private void grid() {
        if (scale < 0.35) {
            return;
        }
        double step = 24;
        gc.setFill(theme.grid());
        double x0 = Math.floor(visible.x() / step) * step;
        double y0 = Math.floor(visible.y() / step) * step;
        double r = 1.1 / scale;
        for (double x = x0; x < visible.x() + visible.width(); x += step) {
            for (double y = y0; y < visible.y() + visible.height(); y += step) {
                gc.fillRect(x, y, r, r);
            }
        }
    }

    /** Far out, the containers' names and counts go over everything, or the icons would hide them. */
    private void farLabels() {
        for (Element e : model.drawOrder()) {
            Bounds b = Containment.isContainer(e.kind()) ? bounds(e.id()) : null;
            if (b != null && intersects(b)) {
                containers.farLabel(e, b);
            }
        }
    }

    private void edge(Relation edge) {
        Bounds a = bounds(edge.from());
        Bounds b = bounds(edge.to());
        if (a == null || b == null) {
            return;
        }
        boolean moved = drag.moving.contains(edge.from()) || drag.moving.contains(edge.to())
                || edge.from().equals(drag.resizing) || edge.to().equals(drag.resizing);
        EdgeRoute route = moved ? model.routeBetween(a, b) : model.route(edge);
        if (route == null || !visible(route)) {
            return;
        }
        Color colour = EdgeStyle.colour(edge.kind(), theme);
        double opacity = edge.kind().secondary() ? 0.9 : EdgeStyle.opacity(edge.kind());
        gc.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), opacity));
        gc.setLineWidth(Math.max(1.6, 1 / scale));
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineDashes(EdgeStyle.dashes(edge.kind()));
        EdgeGeometry.stroke(gc, route);
        gc.setLineDashes(null);
        if (scale > 0.3) {
            EdgeGeometry.arrowHead(gc, route, gc.getStroke(), 9);
        }
    }

    private boolean visible(EdgeRoute r) {
        double x1 = Double.MAX_VALUE;
        double y1 = Double.MAX_VALUE;
        double x2 = -Double.MAX_VALUE;
        double y2 = -Double.MAX_VALUE;
        for (int i = 0; i < r.size(); i++) {
            x1 = Math.min(x1, r.x(i));
            y1 = Math.min(y1, r.y(i));
            x2 = Math.max(x2, r.x(i));
            y2 = Math.max(y2, r.y(i));
        }
        return intersects(new Bounds(x1, y1, x2 - x1 + 1, y2 - y1 + 1));
    }

    private void node(Element e, Bounds b, CanvasOverlays overlays) {
        if (e instanceof LoadBalancer lb) {
            loadBalancer(lb, b);
            return;
        }
        boolean down = overlays.down().contains(e.id());
        Color colour = down ? Color.web("#9AA4B1") : icons.colour(e.kind());
        if (scale < 0.12) {
            gc.setFill(colour);
            gc.fillRect(b.x(), b.y(), b.width(), b.height());
            return;
        }
        if (b.height() <= 50 && b.width() >= 2 * b.height()) {
            chip(e, b, colour, down);
        } else if (b.width() <= 96 && b.height() <= 96) {
            icon(e, b, colour, down);
        } else {
            card(e, b, colour, down);
        }
    }

    private void noteLabel(double modelSize) {
        double px = modelSize * scale;
        smallestLabelPx = smallestLabelPx == 0 ? px : Math.min(smallestLabelPx, px);
    }

    /** An AWS-style icon with its name beneath, and a detail line when there is room for it. */
    private void icon(Element e, Bounds b, Color colour, boolean down) {
        double size = Math.min(b.width(), b.height());
        gc.drawImage(icon(e.kind(), size, colour), b.centerX() - size / 2, b.y(), size, size);
        if (down) {
            gc.setStroke(theme.refused());
            gc.setLineWidth(3);
            gc.strokeLine(b.x(), b.y(), b.x() + size, b.y() + size);
        }
        if (fonts.far()) {
            return;
        }
        double room = Math.max(128, 2 * size) * textScale;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(theme.text());
        gc.setFont(fonts.label);
        gc.fillText(LabelFonts.fit(e.name(), fonts.labelSize, room), b.centerX(), b.y() + size + 4, room);
        noteLabel(fonts.labelSize);
        if (fonts.labelSize * 2.4 <= ICON_LABEL_ROOM * textScale) {
            gc.setFont(fonts.small);
            gc.setFill(down ? theme.refused() : theme.mutedText());
            gc.fillText(LabelFonts.fit(down ? "unhealthy" : subtitle(e), fonts.smallSize, room), b.centerX(),
                    b.y() + size + 4 + fonts.labelSize * 1.25, room);
        }
    }

    /** A labelled rectangle: listeners, rules, groups, records. */
    private void chip(Element e, Bounds b, Color colour, boolean down) {
        gc.setFill(theme.nodeFill());
        gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 10, 10);
        gc.setStroke(down ? theme.refused() : Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.7));
        gc.setLineWidth(Math.max(1.3, 1 / scale));
        gc.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 10, 10);
        double icon = b.height() - 10;
        gc.drawImage(icon(e.kind(), icon, colour), b.x() + 5, b.y() + 5, icon, icon);
        if (fonts.far()) {
            return;
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(theme.text());
        gc.setFont(fonts.label);
        double tx = b.x() + icon + 12;
        double room = b.width() - icon - 18;
        boolean twoLines = fonts.labelSize + fonts.smallSize * 1.1 <= b.height() - 4;
        gc.fillText(LabelFonts.fit(e.name(), fonts.labelSize, room), tx,
                b.y() + (twoLines ? b.height() / 2 - fonts.smallSize * 0.6 : b.height() / 2), room);
        noteLabel(fonts.labelSize);
        if (twoLines) {
            gc.setFont(fonts.small);
            gc.setFill(theme.mutedText());
            gc.fillText(LabelFonts.fit(subtitle(e), fonts.smallSize, room), tx, b.y() + b.height() / 2
                    + fonts.labelSize * 0.6, room);
        }
    }

    private void card(Element e, Bounds b, Color colour, boolean down) {
        double icon = Math.min(40, Math.min(b.width(), b.height()) - 30);
        gc.setFill(theme.nodeFill());
        gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 12, 12);
        gc.setStroke(down ? theme.refused() : theme.nodeBorder());
        gc.setLineWidth(down ? 2 : 1);
        gc.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 12, 12);
        gc.drawImage(icon(e.kind(), icon, colour), b.centerX() - icon / 2, b.y() + 7, icon, icon);
        if (fonts.far()) {
            return;
        }
        double room = b.width() - 8;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(theme.text());
        gc.setFont(fonts.label);
        gc.fillText(LabelFonts.fit(e.name(), fonts.labelSize, room), b.centerX(), b.y() + icon + 10
                + fonts.labelSize * 0.6, room);
        noteLabel(fonts.labelSize);
        gc.setFont(fonts.small);
        gc.setFill(down ? theme.refused() : theme.mutedText());
        gc.fillText(LabelFonts.fit(down ? "unhealthy" : subtitle(e), fonts.smallSize, room), b.centerX(),
                b.y() + icon + 10 + fonts.labelSize * 1.8, room);
    }

    /** A bar across the subnets it uses; its listeners are drawn inside it, under the title line. */
    private void loadBalancer(LoadBalancer lb, Bounds b) {
        Color purple = icons.colour(ElementKind.LOAD_BALANCER);
        gc.setFill(theme.nodeFill());
        gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
        gc.setFill(Color.color(purple.getRed(), purple.getGreen(), purple.getBlue(), 0.07));
        gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
        gc.setStroke(purple);
        gc.setLineWidth(Math.max(2, 1 / scale));
        gc.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
        double icon = Math.min(28, b.height() - 8);
        gc.drawImage(icon(ElementKind.LOAD_BALANCER, icon, purple), b.x() + 6, b.y() + 4, icon, icon);
        if (fonts.far()) {
            return;
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(theme.text());
        gc.setFont(fonts.title);
        double tx = b.x() + icon + 14;
        double half = Math.max(40, b.width() / 2 - icon);
        gc.fillText(LabelFonts.fit(lb.name(), fonts.titleSize, half), tx, b.y() + 4 + icon / 2, half);
        noteLabel(fonts.titleSize);
        gc.setFont(fonts.small);
        gc.setFill(theme.mutedText());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(LabelFonts.fit(subtitle(lb), fonts.smallSize, b.width() / 2 - 10), b.x() + b.width() - 10,
                b.y() + 4 + icon / 2, b.width() / 2 - 10);
    }

    static String subtitle(Element e) {
        if (e instanceof LoadBalancer lb) {
            return (lb.isApplication() ? "Application LB" : "Network LB") + " · "
                    + (lb.internetFacing() ? "internet-facing" : "internal") + " · " + lb.subnetIds().size()
                    + " subnets";
        }
        if (e instanceof Listener l) {
            return l.label();
        }
        if (e instanceof ListenerRule r) {
            return "priority " + r.priority();
        }
        if (e instanceof TargetGroup tg) {
            return tg.protocol() + ":" + tg.port() + " · " + tg.targets().size() + " targets";
        }
        if (e instanceof Ec2Instance i) {
            return i.instanceType();
        }
        if (e instanceof AutoScalingGroup g) {
            return g.minSize() + "–" + g.maxSize() + " · " + g.desiredCapacity() + " instances";
        }
        if (e instanceof EcsService s) {
            return s.launchType().name().toLowerCase() + " · " + s.desiredCount() + " tasks";
        }
        if (e instanceof IpTarget ip) {
            return ip.ip();
        }
        if (e instanceof DnsRecord r) {
            return r.recordName();
        }
        if (e instanceof HostedZone z) {
            return z.domainName();
        }
        if (e instanceof Certificate c) {
            return c.domainName();
        }
        if (e instanceof AuroraCluster c) {
            return c.engine();
        }
        if (e instanceof DbInstance db) {
            return db.instanceClass() + " · tier " + db.promotionTier();
        }
        return e.kind().label();
    }
}
