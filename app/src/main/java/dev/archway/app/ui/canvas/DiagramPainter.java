package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.edit.Containment;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a design in layers: background grid, containers, edges, nodes, badges, simulation overlay, selection and
 * the gesture in progress. Everything is drawn from the design and its layout; nothing here is stored.
 */
final class DiagramPainter {
    private Font titleFont = Font.font("System", FontWeight.BOLD, 13);
    private Font labelFont = Font.font("System", FontWeight.SEMI_BOLD, 12);
    private Font smallFont = Font.font("System", 10.5);
    private double textScale = 1;
    private final IconSet icons = IconSet.get();
    private GraphicsContext gc;
    private Design design;
    private DiagramModel model;
    private CanvasTheme theme;
    private DragFeedback drag;
    private double scale;
    private Bounds visible;

    /** Draws labels and container icons larger by this factor (presenter mode on a projector). */
    void setTextScale(double factor) {
        textScale = factor;
        titleFont = Font.font("System", FontWeight.BOLD, 13 * factor);
        labelFont = Font.font("System", FontWeight.SEMI_BOLD, 12 * factor);
        smallFont = Font.font("System", 10.5 * factor);
    }

    double textScale() {
        return textScale;
    }

    void paint(GraphicsContext g, double w, double h, Design d, DiagramModel m, Viewport vp, Set<String> selected,
            CanvasTheme t, DragFeedback feedback, CanvasOverlays overlays) {
        gc = g;
        design = d;
        model = m;
        theme = t;
        drag = feedback;
        scale = vp.scale();
        visible = vp.visible(w, h);
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, w, h); // a full clear also drops the canvas's queued commands of the previous frame
        gc.setFill(theme.background());
        gc.fillRect(0, 0, w, h);
        gc.setTransform(scale, 0, 0, scale, vp.tx(), vp.ty());
        grid();
        for (Element e : model.drawOrder()) {
            if (Containment.isContainer(e.kind())) {
                Bounds b = bounds(e.id());
                if (b != null && intersects(b)) {
                    container(e, b, overlays.down().contains(e.id()));
                }
            }
        }
        model.edges().forEach(this::edge);
        for (Element e : model.drawOrder()) {
            if (!Containment.isContainer(e.kind())) {
                Bounds b = bounds(e.id());
                if (b != null && intersects(b)) {
                    node(e, b, overlays);
                }
            }
        }
        DiffPainter diff = overlays.diff() == null ? null : new DiffPainter(gc, scale, textScale);
        if (diff != null) {
            diff.paint(overlays.diff());
        }
        new OverlayPainter(gc, theme, scale, this::bounds).paint(overlays, selected, drag);
        if (diff != null) {
            gc.setTransform(1, 0, 0, 1, 0, 0);
            diff.legend(overlays.diff(), theme);
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

    private void container(Element e, Bounds b, boolean down) {
        Color line;
        Color fill = null;
        boolean dashed = false;
        String title = e.name();
        String detail = "";
        if (e instanceof Region r) {
            line = theme.regionLine();
            dashed = true;
            detail = r.code();
        } else if (e instanceof Vpc v) {
            line = theme.vpcLine();
            detail = v.cidr();
        } else if (e instanceof AvailabilityZone az) {
            line = theme.azLine();
            dashed = true;
            detail = az.zone();
        } else {
            Subnet s = (Subnet) e;
            boolean pub = model.isPublic(s.id());
            line = pub ? theme.publicLine() : theme.privateLine();
            fill = pub ? theme.publicFill() : theme.privateFill();
            detail = (pub ? "Public" : "Private") + " · " + s.cidr();
        }
        if (fill != null) {
            gc.setFill(fill);
            gc.fillRect(b.x(), b.y(), b.width(), b.height());
        }
        if (down) {
            gc.setFill(Color.web("#D13212", 0.08));
            gc.fillRect(b.x(), b.y(), b.width(), b.height());
            line = theme.refused();
        }
        gc.setStroke(line);
        gc.setLineWidth(e instanceof Vpc ? 2 : 1.5);
        gc.setLineDashes(dashed && scale >= 0.25 ? new double[] {6, 4} : null);
        gc.strokeRect(b.x(), b.y(), b.width(), b.height());
        gc.setLineDashes(null);
        if (scale < 0.25) {
            return;
        }
        boolean centred = e instanceof AvailabilityZone;
        double iconSize = 26 * textScale;
        if (!centred) {
            gc.drawImage(icon(e.kind(), iconSize, iconColour(e)), b.x(), b.y(), iconSize, iconSize);
        }
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(e instanceof Subnet && theme == CanvasTheme.LIGHT ? line.darker() : line);
        gc.setFont(titleFont);
        double textX = centred ? b.centerX() : b.x() + iconSize + 8;
        gc.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        String text = centred ? title + "  ·  " + detail : title;
        gc.fillText(text, textX, b.y() + 13 * textScale, Math.max(20, b.width() - iconSize - 16));
        if (!centred) {
            gc.setFont(smallFont);
            gc.setFill(theme.mutedText());
            gc.fillText(detail, textX, b.y() + 27 * textScale, Math.max(20, b.width() - iconSize - 16));
        }
        if (down) {
            gc.setFill(theme.refused());
            gc.setFont(titleFont);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("AZ FAILED", b.centerX(), b.y() + 34 * textScale);
        }
    }

    private Color iconColour(Element e) {
        if (e instanceof Subnet s) {
            return model.isPublic(s.id()) ? theme.publicLine() : theme.privateLine();
        }
        return icons.colour(e.kind());
    }

    private void edge(Edge edge) {
        Bounds a = bounds(edge.from());
        Bounds b = bounds(edge.to());
        if (a == null || b == null || (!intersects(a) && !intersects(b))) {
            return;
        }
        Color colour;
        double[] dashes = null;
        switch (edge.type()) {
            case ALIAS: case FORWARDS: case LISTENS: colour = theme.vpcLine(); break;
            case TARGET: colour = Color.web("#ED7100"); break;
            case USES_DB: case DB_MEMBER: colour = Color.web("#C925D1"); break;
            case SG_REFERENCE: colour = Color.web("#DD344C"); dashes = new double[] {5, 4}; break;
            default: colour = theme.edge(); dashes = new double[] {2, 4};
        }
        double opacity = edge.type() == Edge.Type.LISTENS || edge.type() == Edge.Type.DB_MEMBER ? 0.45 : 0.85;
        if (scale < 0.25) {
            // level of detail: far out, a plain straight line per edge keeps big designs fluid
            gc.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.5));
            gc.setLineWidth(1 / scale);
            gc.setLineDashes(null);
            gc.strokeLine(a.centerX(), a.centerY(), b.centerX(), b.centerY());
            return;
        }
        EdgeGeometry geo = EdgeGeometry.between(a, b);
        gc.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), opacity));
        gc.setLineWidth(1.6);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineDashes(dashes);
        geo.stroke(gc);
        gc.setLineDashes(null);
        if (scale > 0.3) {
            geo.arrowHead(gc, gc.getStroke());
        }
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

    /** An AWS-style icon with its name and a detail line beneath. */
    private void icon(Element e, Bounds b, Color colour, boolean down) {
        double size = Math.min(b.width(), b.height());
        gc.drawImage(icon(e.kind(), size, colour), b.centerX() - size / 2, b.y(), size, size);
        if (down) {
            gc.setStroke(theme.refused());
            gc.setLineWidth(3);
            gc.strokeLine(b.x(), b.y(), b.x() + size, b.y() + size);
        }
        if (scale < 0.3) {
            return;
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(theme.text());
        gc.setFont(labelFont);
        gc.fillText(e.name(), b.centerX(), b.y() + size + 5, 128 * textScale);
        gc.setFont(smallFont);
        gc.setFill(down ? theme.refused() : theme.mutedText());
        gc.fillText(down ? "unhealthy" : subtitle(e), b.centerX(), b.y() + size + 5 + 16 * textScale, 128 * textScale);
    }

    /** A labelled rectangle: listeners, rules, groups, records. */
    private void chip(Element e, Bounds b, Color colour, boolean down) {
        gc.setFill(theme.nodeFill());
        gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 10, 10);
        gc.setStroke(down ? theme.refused() : Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.7));
        gc.setLineWidth(1.3);
        gc.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 10, 10);
        double icon = b.height() - 10;
        gc.drawImage(icon(e.kind(), icon, colour), b.x() + 5, b.y() + 5, icon, icon);
        if (scale < 0.3) {
            return;
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(theme.text());
        gc.setFont(labelFont);
        double tx = b.x() + icon + 12;
        double room = b.width() - icon - 18;
        boolean twoLines = b.height() >= 38;
        gc.fillText(e.name(), tx, b.y() + (twoLines ? b.height() / 2 - 7 * textScale : b.height() / 2), room);
        if (twoLines) {
            gc.setFont(smallFont);
            gc.setFill(theme.mutedText());
            gc.fillText(subtitle(e), tx, b.y() + b.height() / 2 + 9 * textScale, room);
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
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(theme.text());
        gc.setFont(labelFont);
        gc.fillText(e.name(), b.centerX(), b.y() + icon + 10 + 7 * textScale, b.width() - 8);
        gc.setFont(smallFont);
        gc.setFill(down ? theme.refused() : theme.mutedText());
        gc.fillText(down ? "unhealthy" : subtitle(e), b.centerX(), b.y() + icon + 10 + 21 * textScale, b.width() - 8);
    }

    /** A bar across the subnets it uses; its listeners are drawn inside it, under the title line. */
    private void loadBalancer(LoadBalancer lb, Bounds b) {
        Color purple = icons.colour(ElementKind.LOAD_BALANCER);
        gc.setFill(theme.nodeFill());
        gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
        gc.setFill(Color.color(purple.getRed(), purple.getGreen(), purple.getBlue(), 0.07));
        gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
        gc.setStroke(purple);
        gc.setLineWidth(2);
        gc.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
        double icon = Math.min(28, b.height() - 8);
        gc.drawImage(icon(ElementKind.LOAD_BALANCER, icon, purple), b.x() + 6, b.y() + 4, icon, icon);
        if (scale < 0.3) {
            return;
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(theme.text());
        gc.setFont(titleFont);
        double tx = b.x() + icon + 14;
        gc.fillText(lb.name(), tx, b.y() + 4 + icon / 2, Math.max(40, b.width() / 2 - icon));
        gc.setFont(smallFont);
        gc.setFill(theme.mutedText());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(subtitle(lb), b.x() + b.width() - 10, b.y() + 4 + icon / 2, b.width() / 2 - 10);
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
