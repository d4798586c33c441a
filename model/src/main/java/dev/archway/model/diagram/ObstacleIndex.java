package dev.archway.model.diagram;

import dev.archway.model.Bounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The boxes an edge should not cross, in a uniform grid so that a segment meets only the boxes near it. */
final class ObstacleIndex {
    private static final double CELL = 256;
    private final Map<Long, List<Bounds>> cells = new HashMap<>();

    void add(Bounds b) {
        for (long key : keys(b.x(), b.y(), b.x() + b.width(), b.y() + b.height())) {
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
        }
    }

    /** How many boxes the axis-parallel segment passes through, not counting those that hold {@code a} or {@code b}. */
    int hits(double x1, double y1, double x2, double y2, Bounds a, Bounds b) {
        double minX = Math.min(x1, x2);
        double maxX = Math.max(x1, x2);
        double minY = Math.min(y1, y2);
        double maxY = Math.max(y1, y2);
        java.util.Set<Bounds> seen = new java.util.HashSet<>();
        for (long key : keys(minX, minY, maxX, maxY)) {
            for (Bounds o : cells.getOrDefault(key, List.of())) {
                if (!o.contains(a.centerX(), a.centerY()) && !o.contains(b.centerX(), b.centerY())
                        && crosses(o, minX, minY, maxX, maxY)) {
                    seen.add(o);
                }
            }
        }
        return seen.size();
    }

    private static boolean crosses(Bounds o, double minX, double minY, double maxX, double maxY) {
        return maxX > o.x() + 1 && minX < o.x() + o.width() - 1 && maxY > o.y() + 1 && minY < o.y() + o.height() - 1;
    }

    private static List<Long> keys(double x1, double y1, double x2, double y2) {
        List<Long> keys = new ArrayList<>();
        long cx1 = (long) Math.floor(x1 / CELL);
        long cx2 = (long) Math.floor(x2 / CELL);
        long cy1 = (long) Math.floor(y1 / CELL);
        long cy2 = (long) Math.floor(y2 / CELL);
        for (long cx = cx1; cx <= cx2; cx++) {
            for (long cy = cy1; cy <= cy2; cy++) {
                keys.add((cx << 32) ^ (cy & 0xffffffffL));
            }
        }
        return keys;
    }
}
