package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import javafx.geometry.Point2D;

/** Canvas zoom and pan: screen = model * scale + translate. */
public final class Viewport {
    /** Low enough that Fit shows any design whole (10,000 elements fit a laptop screen at about 1%). */
    public static final double MIN_SCALE = 0.002;
    public static final double MAX_SCALE = 4;
    private double scale = 1;
    private double tx;
    private double ty;

    public double scale() {
        return scale;
    }

    public double tx() {
        return tx;
    }

    public double ty() {
        return ty;
    }

    public Point2D toModel(double sx, double sy) {
        return new Point2D((sx - tx) / scale, (sy - ty) / scale);
    }

    public Point2D toScreen(double mx, double my) {
        return new Point2D(mx * scale + tx, my * scale + ty);
    }

    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    /** Zooms by {@code factor} keeping the model point under screen point (sx, sy) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        Point2D m = toModel(sx, sy);
        scale = next;
        tx = sx - m.getX() * scale;
        ty = sy - m.getY() * scale;
    }

    /** Shows the model rectangle centred in a view of the given size, with a margin. */
    public void fit(Bounds content, double viewWidth, double viewHeight) {
        if (content == null || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double margin = 40;
        double s = Math.min((viewWidth - 2 * margin) / content.width(), (viewHeight - 2 * margin) / content.height());
        scale = Math.max(MIN_SCALE, Math.min(1.5, s));
        tx = (viewWidth - content.width() * scale) / 2 - content.x() * scale;
        ty = (viewHeight - content.height() * scale) / 2 - content.y() * scale;
    }

    public void set(double newScale, double newTx, double newTy) {
        scale = newScale;
        tx = newTx;
        ty = newTy;
    }

    /** The model-space rectangle visible in a view of the given size. */
    public Bounds visible(double viewWidth, double viewHeight) {
        Point2D a = toModel(0, 0);
        return new Bounds(a.getX(), a.getY(), viewWidth / scale, viewHeight / scale);
    }
}
