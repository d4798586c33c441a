package dev.archway.model.diagram;

import dev.archway.model.Bounds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Orthogonal edges: for two boxes it tries the usual shapes (straight, L, Z through a free channel, a U around a
 * column) and keeps the one that crosses the fewest other boxes, then the one with fewest bends, then the shortest.
 * Icons count with the label drawn beneath them.
 */
public final class EdgeRouter {
    /** An icon's name and detail line, drawn below it. */
    static final double LABEL_H = 36;
    private static final double HIT = 10_000;
    private static final double BEND = 40;
    private static final double LOOP = 24;
    private final ObstacleIndex obstacles = new ObstacleIndex();

    /** A router that avoids the given node boxes (containers are not obstacles: edges enter them). */
    public EdgeRouter(Collection<Bounds> nodes) {
        nodes.forEach(b -> obstacles.add(withLabel(b)));
    }

    static Bounds withLabel(Bounds b) {
        return isIcon(b) ? new Bounds(b.x(), b.y(), b.width(), b.height() + LABEL_H) : b;
    }

    static boolean isIcon(Bounds b) {
        return b.width() <= 96 && b.height() <= 96 && b.width() < 2 * b.height();
    }

    /** The route from one box to the other, or null when one is drawn inside the other (no line needed). */
    public EdgeRoute route(Bounds from, Bounds to) {
        if (from.contains(to) || to.contains(from)) {
            return null;
        }
        Bounds a = withLabel(from);
        Bounds b = withLabel(to);
        EdgeRoute best = null;
        double bestScore = Double.MAX_VALUE;
        for (double[] candidate : candidates(a, b)) {
            EdgeRoute r = new EdgeRoute(candidate);
            double score = score(r, a, b);
            if (score < bestScore) {
                bestScore = score;
                best = r;
            }
        }
        return best;
    }

    private double score(EdgeRoute r, Bounds a, Bounds b) {
        int hits = 0;
        for (int i = 1; i < r.size(); i++) {
            hits += obstacles.hits(r.x(i - 1), r.y(i - 1), r.x(i), r.y(i), a, b);
        }
        return hits * HIT + r.bends() * BEND + r.length();
    }

    private static List<double[]> candidates(Bounds a, Bounds b) {
        List<double[]> out = new ArrayList<>();
        sideBySide(a, b, false, out);
        sideBySide(transposed(a), transposed(b), true, out);
        corners(a, b, out);
        loops(a, b, out);
        return out;
    }

    /**
     * When one box is beside the other: a straight line across the rows they share, or a Z through the gap between
     * them. Above-and-below is the same question asked of the boxes with x and y swapped ({@code flipped}).
     */
    private static void sideBySide(Bounds a, Bounds b, boolean flipped, List<double[]> out) {
        double ar = a.x() + a.width();
        double br = b.x() + b.width();
        boolean rightOf = b.x() >= ar;
        if (!rightOf && br > a.x()) {
            return;
        }
        double sx = rightOf ? ar : a.x();
        double ex = rightOf ? b.x() : br;
        double lo = Math.max(a.y(), b.y());
        double hi = Math.min(a.y() + a.height(), b.y() + b.height());
        if (hi - lo > 8) {
            double y = (lo + hi) / 2;
            out.add(flip(new double[] {sx, y, ex, y}, flipped));
        }
        for (double f : new double[] {0.5, 0.15, 0.85}) {
            double mx = sx + (ex - sx) * f;
            out.add(flip(new double[] {sx, a.centerY(), mx, a.centerY(), mx, b.centerY(), ex, b.centerY()}, flipped));
        }
    }

    private static Bounds transposed(Bounds b) {
        return new Bounds(b.y(), b.x(), b.height(), b.width());
    }

    private static double[] flip(double[] points, boolean flipped) {
        if (flipped) {
            for (int i = 0; i < points.length; i += 2) {
                double x = points[i];
                points[i] = points[i + 1];
                points[i + 1] = x;
            }
        }
        return points;
    }

    /** L shapes: leave one box sideways and enter the other from above or below, or the reverse. */
    private static void corners(Bounds a, Bounds b, List<double[]> out) {
        boolean bBelow = b.centerY() > a.centerY();
        boolean bRight = b.centerX() > a.centerX();
        if (b.centerX() > a.x() + a.width() || b.centerX() < a.x()) {
            double sx = bRight ? a.x() + a.width() : a.x();
            double ey = bBelow ? b.y() : b.y() + b.height();
            if (bBelow ? ey > a.centerY() : ey < a.centerY()) {
                out.add(new double[] {sx, a.centerY(), b.centerX(), a.centerY(), b.centerX(), ey});
            }
        }
        if (a.centerX() > b.x() + b.width() || a.centerX() < b.x()) {
            double sy = bBelow ? a.y() + a.height() : a.y();
            double ex = bRight ? b.x() : b.x() + b.width();
            if (bBelow ? sy < b.centerY() : sy > b.centerY()) {
                out.add(new double[] {a.centerX(), sy, a.centerX(), b.centerY(), ex, b.centerY()});
            }
        }
    }

    /** U shapes around a column or a row the two boxes share. */
    private static void loops(Bounds a, Bounds b, List<double[]> out) {
        double right = Math.max(a.x() + a.width(), b.x() + b.width()) + LOOP;
        double left = Math.min(a.x(), b.x()) - LOOP;
        out.add(new double[] {a.x() + a.width(), a.centerY(), right, a.centerY(), right, b.centerY(), b.x() + b.width(),
            b.centerY()});
        out.add(new double[] {a.x(), a.centerY(), left, a.centerY(), left, b.centerY(), b.x(), b.centerY()});
        double bottom = Math.max(a.y() + a.height(), b.y() + b.height()) + LOOP;
        double top = Math.min(a.y(), b.y()) - LOOP;
        out.add(new double[] {a.centerX(), a.y() + a.height(), a.centerX(), bottom, b.centerX(), bottom, b.centerX(),
            b.y() + b.height()});
        out.add(new double[] {a.centerX(), a.y(), a.centerX(), top, b.centerX(), top, b.centerX(), b.y()});
    }
}
