package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    OverlayPainter(GraphicsContext gc, CanvasTheme theme, double scale, Function<String, Bounds> bounds) {
        this.gc = gc;
        this.theme = theme;
        this.scale = scale;
        this.bounds = bounds;
    }

    void paint(CanvasOverlays overlays, Set<String> selected, DragFeedback drag) {
        shares(overlays.shares());
        path(overlays);
        overlays.badges().forEach(this::badge);
        selected.forEach(id -> selection(id, selected.size() == 1));
        gesture(drag);
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

    private void path(CanvasOverlays overlays) {
        List<String> path = overlays.path();
        int shown = Math.min(overlays.hops(), path.size());
        Color colour = overlays.pathRefused() && shown == path.size() ? theme.refused() : PATH;
        gc.setLineWidth(4);
        gc.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.85));
        for (int i = 1; i < shown; i++) {
            Bounds a = bounds.apply(path.get(i - 1));
            Bounds b = bounds.apply(path.get(i));
            if (a != null && b != null && !a.equals(b)) {
                EdgeGeometry geo = EdgeGeometry.between(a, b);
                geo.stroke(gc);
                geo.arrowHead(gc, colour);
            }
        }
        for (int i = 0; i < shown; i++) {
            Bounds b = bounds.apply(path.get(i));
            if (b == null) {
                continue;
            }
            gc.setStroke(colour);
            gc.setLineWidth(3);
            gc.strokeRoundRect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, 14, 14);
            gc.setFill(colour);
            gc.fillOval(b.x() - 12, b.y() - 12, 22, 22);
            gc.setFill(Color.WHITE);
            gc.setFont(BADGE);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(String.valueOf(i + 1), b.x() - 1, b.y() - 1);
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
