package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/** A smooth curve from one element's border to another's, leaving and entering along the dominant axis. */
record EdgeGeometry(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {

    static EdgeGeometry between(Bounds a, Bounds b) {
        if (stacked(a, b)) {
            double ax = a.x() + a.width();
            double bx = b.x() + b.width();
            double loop = 28 + Math.min(80, Math.abs(b.centerY() - a.centerY()) * 0.25);
            double right = Math.max(ax, bx) + loop;
            return new EdgeGeometry(ax, a.centerY(), right, a.centerY(), right, b.centerY(), bx, b.centerY());
        }
        double dx = b.centerX() - a.centerX();
        double dy = b.centerY() - a.centerY();
        boolean horizontal = Math.abs(dx) * a.height() > Math.abs(dy) * a.width();
        if (horizontal) {
            double sx = dx > 0 ? a.x() + a.width() : a.x();
            double ex = dx > 0 ? b.x() : b.x() + b.width();
            double pull = Math.max(30, Math.abs(ex - sx) / 2);
            double sign = Math.signum(dx);
            return new EdgeGeometry(sx, a.centerY(), sx + sign * pull, a.centerY(), ex - sign * pull, b.centerY(), ex,
                    b.centerY());
        }
        double sy = dy > 0 ? a.y() + a.height() : a.y();
        double ey = dy > 0 ? b.y() : b.y() + b.height();
        double pull = Math.max(30, Math.abs(ey - sy) / 2);
        double sign = Math.signum(dy);
        return new EdgeGeometry(a.centerX(), sy, a.centerX(), sy + sign * pull, b.centerX(), ey - sign * pull,
                b.centerX(), ey);
    }

    /** Two elements in one column (rules and groups stacked as chips): the edge loops out to the right. */
    private static boolean stacked(Bounds a, Bounds b) {
        return Math.abs(a.centerX() - b.centerX()) < Math.min(a.width(), b.width()) / 4
                && a.width() > 2 * a.height() && b.width() > 2 * b.height();
    }

    void stroke(GraphicsContext gc) {
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(c1x, c1y, c2x, c2y, x2, y2);
        gc.stroke();
    }

    void arrowHead(GraphicsContext gc, Paint paint) {
        double angle = Math.atan2(y2 - c2y, x2 - c2x);
        double len = 9;
        gc.setFill(paint);
        gc.fillPolygon(new double[] {x2, x2 - len * Math.cos(angle - 0.4), x2 - len * Math.cos(angle + 0.4)},
                new double[] {y2, y2 - len * Math.sin(angle - 0.4), y2 - len * Math.sin(angle + 0.4)}, 3);
    }

    /** The point at parameter t along the curve (simulation animation). */
    double[] at(double t) {
        double u = 1 - t;
        double x = u * u * u * x1 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x2;
        double y = u * u * u * y1 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y2;
        return new double[] {x, y};
    }
}
