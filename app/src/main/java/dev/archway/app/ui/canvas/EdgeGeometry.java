package dev.archway.app.ui.canvas;

import dev.archway.model.diagram.EdgeRoute;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/** Draws an orthogonal route: straight segments joined by small rounded corners, an arrow head at the end. */
final class EdgeGeometry {
    private static final double CORNER = 8;

    private EdgeGeometry() {
    }

    static void stroke(GraphicsContext gc, EdgeRoute r) {
        gc.beginPath();
        gc.moveTo(r.x(0), r.y(0));
        for (int i = 1; i < r.size() - 1; i++) {
            double radius = Math.min(CORNER, Math.min(half(r, i - 1, i), half(r, i, i + 1)));
            gc.arcTo(r.x(i), r.y(i), r.x(i + 1), r.y(i + 1), radius);
        }
        gc.lineTo(r.x(r.size() - 1), r.y(r.size() - 1));
        gc.stroke();
    }

    private static double half(EdgeRoute r, int i, int j) {
        return (Math.abs(r.x(j) - r.x(i)) + Math.abs(r.y(j) - r.y(i))) / 2;
    }

    /** A filled arrow head of the given length at the route's end, pointing along its last segment. */
    static void arrowHead(GraphicsContext gc, EdgeRoute r, Paint paint, double len) {
        int n = r.size();
        double x2 = r.x(n - 1);
        double y2 = r.y(n - 1);
        double angle = Math.atan2(y2 - r.y(n - 2), x2 - r.x(n - 2));
        gc.setFill(paint);
        gc.fillPolygon(new double[] {x2, x2 - len * Math.cos(angle - 0.4), x2 - len * Math.cos(angle + 0.4)},
                new double[] {y2, y2 - len * Math.sin(angle - 0.4), y2 - len * Math.sin(angle + 0.4)}, 3);
    }

    /** The route's middle point (where a step number sits). */
    static double[] middle(EdgeRoute r) {
        return r.at(0.5);
    }
}
