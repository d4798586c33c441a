package dev.archway.app.ui.canvas;

import dev.archway.model.edit.Containment;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.diagram.EdgeRoute;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Listener;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The top layers: finding badges, the simulated path and shares, selection with its handles, gesture feedback. */
final class OverlayPainter {
    static final double HANDLE = 9;
    private static final Font BADGE = Font.font("System", FontWeight.BOLD, 11);
    private static final Color PATH = Color.web("#0972D3");
    private final GraphicsContext gc;
    private final CanvasTheme theme;
    private final double scale;
    private final Function<String, Bounds> bounds;
    private final BiFunction<Bounds, Bounds, EdgeRoute> route;

    OverlayPainter(GraphicsContext gc, CanvasTheme theme, double scale, Function<String, Bounds> bounds,
            BiFunction<Bounds, Bounds, EdgeRoute> route) {
        this.gc = gc;
        this.theme = theme;
        this.scale = scale;
        this.bounds = bounds;
        this.route = route;
    }

    void paint(CanvasOverlays overlays, Set<String> selected, DragFeedback drag, Design design) {
        shares(overlays.shares());
        path(overlays, design);
        overlays.conditions().forEach(this::condition);
        overlays.badges().forEach(this::badge);
        selected.forEach(id -> selection(id, selected.size() == 1));
        gesture(drag);
    }

    /** The Condition's name on the element's top edge; the element dimmed when the Condition is false. */
    private void condition(String id, CanvasOverlays.ConditionBadge badge) {
        Bounds b = bounds.apply(id);
        if (b == null) {
            return;
        }
        boolean off = Boolean.FALSE.equals(badge.holds());
        if (off) {
            gc.setFill(Color.color(1, 1, 1, 0.6));
            gc.fillRect(b.x(), b.y(), b.width(), b.height());
        }
        double size = 9 / Math.max(scale, 0.6);
        String text = "if " + badge.condition() + (badge.holds() == null ? " (?)" : off ? " (false)" : "");
        gc.setFont(Font.font("System", FontWeight.BOLD, size));
        double w = Math.min(b.width() - 8, text.length() * size * 0.62 + size);
        double h = size * 1.5;
        double x = b.x() + 4;
        double y = b.y() - h + 2; // above the element's name
        gc.setFill(off ? Color.web("#8D99A8") : Color.web("#7D4CDB"));
        gc.fillRoundRect(x, y, w, h, h, h);
        gc.setFill(Color.WHITE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x + size / 2, y + h / 2, w - size);
    }

    private void badge(String id, CanvasOverlays.Badge badge) {
        Bounds b = bounds.apply(id);
        if (b == null) {
            return;
        }
        double r = 10 / Math.max(scale, 0.6);
        double cx = b.x() + b.width() - 4;
        double cy = b.y() + 4;
        gc.setFill(badge.colour());
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5);
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setFill(Color.WHITE);
        gc.setFont(Font.font("System", FontWeight.BOLD, 11 / Math.max(scale, 0.6)));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(String.valueOf(badge.count()), cx, cy);
    }

    /**
     * The simulated request as one numbered flow from the client: each hop the request passes through (record, load
     * balancer, listener, rule, group, target) joined by arrows; the checks on the way (security groups, ACLs,
     * certificates) are not hops of their own, but the one that refuses the request is outlined and the hop where
     * it stops is marked.
     */
    private void path(CanvasOverlays overlays, Design design) {
        List<String> path = overlays.path();
        int shown = Math.min(overlays.hops(), path.size());
        if (shown == 0) {
            return;
        }
        List<String> visited = path.subList(0, shown);
        List<Bounds> flow = new java.util.ArrayList<>();
        for (int i = 0; i < visited.size(); i++) {
            Element e = design.get(visited.get(i));
            Bounds b = e instanceof Subnet ? lbNode(e, path, i, design) : isHop(e) ? bounds.apply(e.id()) : null;
            if (b != null) {
                flow.add(b);
            }
        }
        boolean blocked = overlays.pathRefused() && shown == path.size();
        double width = Math.max(4, 3 / scale);
        Bounds previous = flow.isEmpty() ? null : client(flow.get(0));
        for (int i = 0; i < flow.size(); i++) {
            Bounds b = flow.get(i);
            boolean last = i == flow.size() - 1;
            Color colour = blocked && last ? theme.refused() : PATH;
            EdgeRoute r = previous == null ? null : route.apply(previous, b);
            if (r != null) {
                gc.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.9));
                gc.setLineWidth(width);
                EdgeGeometry.stroke(gc, r);
                EdgeGeometry.arrowHead(gc, r, colour, 4 * width);
            }
            gc.setStroke(colour);
            gc.setLineWidth(width * 0.75);
            gc.strokeRoundRect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, 14, 14);
            number(i + 1, b, colour);
            previous = b;
        }
        if (blocked && !flow.isEmpty()) {
            blockedAt(flow.get(flow.size() - 1), path.get(path.size() - 1), design);
        }
    }

    /**
     * The load balancer's node in a subnet (the hop after DNS): the part of the load balancer's bar over that subnet,
     * found through the listener the request reaches next; null when the path names no listener.
     */
    private Bounds lbNode(Element subnet, List<String> path, int at, Design design) {
        for (String id : path.subList(at, path.size())) {
            if (design.get(id) instanceof Listener l && l.loadBalancerId() != null) {
                Bounds lb = bounds.apply(l.loadBalancerId());
                Bounds s = bounds.apply(subnet.id());
                if (lb == null || s == null) {
                    return null;
                }
                double x1 = Math.max(lb.x(), s.x());
                double x2 = Math.min(lb.x() + lb.width(), s.x() + s.width());
                return x2 - x1 < 20 ? null : new Bounds(x1 + 6, lb.y() + 4, x2 - x1 - 12, lb.height() - 8);
            }
        }
        return null;
    }

    /** Checks on the way, not places a request passes through. */
    private static boolean isHop(Element e) {
        return e != null && !(e instanceof SecurityGroup || e instanceof Certificate || e instanceof NetworkAcl
                || e instanceof RouteTable || Containment.isContainer(e.kind()));
    }

    /** Where the request comes from, above its first hop. */
    private Bounds client(Bounds first) {
        double w = 96;
        double h = 34;
        Bounds c = new Bounds(first.centerX() - w / 2, first.y() - h - 70, w, h);
        gc.setFill(PATH);
        gc.fillRoundRect(c.x(), c.y(), w, h, h, h);
        gc.setFill(Color.WHITE);
        gc.setFont(Font.font("System", FontWeight.BOLD, 13));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("Client", c.centerX(), c.centerY());
        return c;
    }

    private void number(int n, Bounds b, Color colour) {
        double r = Math.max(11, 9 / scale);
        gc.setFill(colour);
        gc.fillOval(b.x() - r, b.y() - r, 2 * r, 2 * r);
        gc.setFill(Color.WHITE);
        gc.setFont(Font.font("System", FontWeight.BOLD, r * 1.05));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(String.valueOf(n), b.x(), b.y());
    }

    /** A stop sign where the request ends, and the check that refused it outlined, with its name. */
    private void blockedAt(Bounds hop, String blockerId, Design design) {
        double r = Math.max(12, 10 / scale);
        double cx = hop.x() + hop.width() + r * 0.6;
        double cy = hop.centerY();
        gc.setFill(theme.refused());
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(r / 4);
        gc.strokeLine(cx - r / 2.2, cy - r / 2.2, cx + r / 2.2, cy + r / 2.2);
        gc.strokeLine(cx - r / 2.2, cy + r / 2.2, cx + r / 2.2, cy - r / 2.2);
        Element blocker = design.get(blockerId);
        Bounds b = bounds.apply(blockerId);
        if (blocker != null && !isHop(blocker) && b != null) {
            gc.setStroke(theme.refused());
            gc.setLineWidth(Math.max(3, 2 / scale));
            gc.setLineDashes(8, 5);
            gc.strokeRoundRect(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8, 14, 14);
            gc.setLineDashes(null);
        }
        if (blocker != null) {
            gc.setFill(theme.refused());
            gc.setFont(Font.font("System", FontWeight.BOLD, Math.max(12, 12 / scale)));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("blocked by " + blocker.name(), cx + r * 1.4, cy);
        }
    }

    private void shares(Map<String, Double> shares) {
        for (Map.Entry<String, Double> s : shares.entrySet()) {
            Bounds b = bounds.apply(s.getKey());
            if (b == null) {
                continue;
            }
            double share = s.getValue();
            Color heat = Color.web("#1D8102").interpolate(Color.web("#D13212"), Math.min(1, share * 1.6));
            gc.setStroke(heat);
            gc.setLineWidth(4);
            gc.strokeRoundRect(b.x() - 5, b.y() - 5, b.width() + 10, b.height() + 10, 14, 14);
            double pillW = 58;
            double pillH = 20;
            double px = b.centerX() - pillW / 2;
            double py = b.y() - pillH - 10;
            gc.setFill(heat);
            gc.fillRoundRect(px, py, pillW, pillH, pillH, pillH);
            gc.setFill(Color.WHITE);
            gc.setFont(BADGE);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(Math.round(share * 1000) / 10.0 + "%", b.centerX(), py + pillH / 2);
        }
    }

    private void selection(String id, boolean single) {
        Bounds b = bounds.apply(id);
        if (b == null) {
            return;
        }
        double w = 2 / scale;
        gc.setStroke(theme.selection());
        gc.setLineWidth(w);
        gc.strokeRoundRect(b.x() - 2 * w, b.y() - 2 * w, b.width() + 4 * w, b.height() + 4 * w, 10, 10);
        if (single) {
            double h = HANDLE / scale;
            gc.setFill(theme.selection());
            gc.fillRect(b.x() + b.width() - h / 2, b.y() + b.height() - h / 2, h, h);
            gc.setFill(Color.WHITE);
            gc.fillOval(b.x() + b.width() - h / 2 + 2 * w, b.centerY() - h / 2, h, h);
            gc.setStroke(theme.selection());
            gc.strokeOval(b.x() + b.width() - h / 2 + 2 * w, b.centerY() - h / 2, h, h);
        }
    }

    private void gesture(DragFeedback drag) {
        if (drag.rubberBand != null) {
            Bounds r = drag.rubberBand;
            gc.setFill(Color.web("#0972D3", 0.08));
            gc.fillRect(r.x(), r.y(), r.width(), r.height());
            gc.setStroke(Color.web("#0972D3"));
            gc.setLineWidth(1 / scale);
            gc.setLineDashes(4 / scale, 3 / scale);
            gc.strokeRect(r.x(), r.y(), r.width(), r.height());
            gc.setLineDashes(null);
        }
        if (drag.connectFrom != null) {
            Bounds a = bounds.apply(drag.connectFrom);
            if (a != null) {
                gc.setStroke(drag.refusal == null ? theme.accepted() : theme.refused());
                gc.setLineWidth(2 / scale);
                gc.setLineDashes(6 / scale, 4 / scale);
                gc.strokeLine(a.x() + a.width(), a.centerY(), drag.connectX, drag.connectY);
                gc.setLineDashes(null);
                if (drag.refusal != null && !drag.refusal.isEmpty()) {
                    gc.setFill(theme.refused());
                    gc.setFont(Font.font("System", FontWeight.BOLD, 13 / scale));
                    gc.setTextAlign(TextAlignment.LEFT);
                    gc.setTextBaseline(VPos.TOP);
                    gc.fillText(drag.refusal, drag.connectX + 12 / scale, drag.connectY + 12 / scale);
                }
            }
        }
        if (drag.dropTarget != null) {
            Bounds t = bounds.apply(drag.dropTarget);
            if (t != null) {
                gc.setStroke(drag.refusal == null ? theme.accepted() : theme.refused());
                gc.setLineWidth(3 / scale);
                gc.strokeRect(t.x(), t.y(), t.width(), t.height());
            }
        }
        if (drag.dropGhost != null) {
            Bounds g = drag.dropGhost;
            gc.setFill(Color.web(drag.refusal == null ? "#1D8102" : "#D13212", 0.15));
            gc.fillRoundRect(g.x(), g.y(), g.width(), g.height(), 12, 12);
            gc.setStroke(drag.refusal == null ? theme.accepted() : theme.refused());
            gc.setLineWidth(2 / scale);
            gc.setLineDashes(5 / scale, 4 / scale);
            gc.strokeRoundRect(g.x(), g.y(), g.width(), g.height(), 12, 12);
            gc.setLineDashes(null);
            if (drag.refusal != null && !drag.refusal.isEmpty()) {
                gc.setFill(theme.refused());
                gc.setFont(Font.font("System", FontWeight.BOLD, 13 / scale));
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setTextBaseline(VPos.TOP);
                gc.fillText(drag.refusal, g.x(), g.y() + g.height() + 6 / scale);
            }
        }
    }
}
