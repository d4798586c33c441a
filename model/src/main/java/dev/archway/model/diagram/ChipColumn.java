package dev.archway.model.diagram;

import static dev.archway.model.diagram.DiagramMetrics.CHIP_GAP;
import static dev.archway.model.diagram.DiagramMetrics.CHIP_H;
import static dev.archway.model.diagram.DiagramMetrics.CHIP_W;

import dev.archway.model.Bounds;
import java.util.Map;

/** A column of same-sized boxes ("chips") for elements drawn as labelled rectangles: listeners, rules, groups. */
final class ChipColumn {
    private final double x;
    private double nextY;
    private final Map<String, Bounds> out;

    ChipColumn(double x, double top, Map<String, Bounds> out) {
        this.x = x;
        this.nextY = top;
        this.out = out;
    }

    void add(String id, double indent) {
        addAt(id, nextY, indent);
    }

    /** Places the chip at {@code y}, or lower if the column is already filled past it. */
    void addAt(String id, double y, double indent) {
        if (out.containsKey(id)) {
            return;
        }
        double top = Math.max(y, nextY);
        out.put(id, new Bounds(x + indent, top, CHIP_W - indent, CHIP_H));
        nextY = top + CHIP_H + CHIP_GAP;
    }

    boolean isEmpty(double top) {
        return nextY == top;
    }

    double bottom() {
        return nextY - CHIP_GAP;
    }
}
