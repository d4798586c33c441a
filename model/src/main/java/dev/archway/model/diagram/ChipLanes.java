package dev.archway.model.diagram;

import static dev.archway.model.diagram.DiagramMetrics.CHIP_GAP;
import static dev.archway.model.diagram.DiagramMetrics.CHIP_H;
import static dev.archway.model.diagram.DiagramMetrics.CHIP_W;
import static dev.archway.model.diagram.DiagramMetrics.COLUMN_GAP;
import static dev.archway.model.diagram.DiagramMetrics.PAIR_GAP;

import dev.archway.model.Bounds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chips in rows of two (a listener rule and the target group it forwards to side by side, so the edge between them
 * is one short horizontal line), the rows wrapped into lanes no taller than a limit so that a design with hundreds
 * of services grows sideways rather than into one tall column. Rows can be drawn mirrored (see {@link #mirror()}).
 */
final class ChipLanes {
    static final double STEP = CHIP_H + CHIP_GAP;
    static final double LANE_W = 2 * CHIP_W + PAIR_GAP;
    private final List<String[]> rows = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();
    private boolean mirrored;

    /** Adds a row; an id already in a row (or null) leaves its place empty. */
    void row(String left, String right) {
        String l = take(left);
        String r = take(right);
        if (l != null || r != null) {
            rows.add(new String[] {l, r});
        }
    }

    /** Adds chips two to a row. */
    void pairs(List<String> ids) {
        List<String> fresh = ids.stream().filter(id -> !taken.contains(id)).toList();
        for (int i = 0; i < fresh.size(); i += 2) {
            row(fresh.get(i), i + 1 < fresh.size() ? fresh.get(i + 1) : null);
        }
    }

    /**
     * Draws each row's second chip on the left: the target group nearer the subnets, so that its edges to its
     * targets leave the lanes without crossing the rules, and the listener's fan reaches the rules from the right.
     */
    void mirror() {
        mirrored = true;
    }

    /** Every chip, row by row, left to right. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> java.util.Arrays.stream(r).filter(java.util.Objects::nonNull).forEach(ids::add));
        return ids;
    }

    /** The ids of each row, top to bottom. */
    List<List<String>> rowIds() {
        List<List<String>> out = new ArrayList<>();
        rows.forEach(r -> out.add(java.util.Arrays.stream(r).filter(java.util.Objects::nonNull).toList()));
        return out;
    }

    /** Puts the rows in the order of their best-ranked id (ids without a rank go last, in the order they came). */
    void sortRows(Map<String, Integer> rank) {
        rows.sort(java.util.Comparator.comparingInt(r -> java.util.Arrays.stream(r).filter(java.util.Objects::nonNull)
                .mapToInt(id -> rank.getOrDefault(id, Integer.MAX_VALUE)).min().orElse(Integer.MAX_VALUE)));
    }

    private String take(String id) {
        return id == null || !taken.add(id) ? null : id;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int rows() {
        return rows.size();
    }

    /** Rows per lane so that the lanes' block is about as wide as {@code aspect} times its height, and fills {@code minHeight}. */
    int rowsPerLane(double minHeight, double aspect) {
        int square = (int) Math.ceil(Math.sqrt(rows.size() * (laneWidth() + COLUMN_GAP) / (aspect * STEP)));
        return Math.max(1, Math.max(square, (int) Math.floor((minHeight + CHIP_GAP) / STEP)));
    }

    /** A lane of single chips is one chip wide; a lane of pairs two chips and the gap between them. */
    private double laneWidth() {
        return rows.stream().anyMatch(r -> r[1] != null) ? LANE_W : CHIP_W;
    }

    /** Places the rows from ({@code x}, {@code top}); returns {right, bottom} of what was placed. */
    double[] place(double x, double top, int perLane, Map<String, Bounds> out) {
        double laneW = laneWidth();
        double right = x;
        double bottom = top;
        for (int i = 0; i < rows.size(); i++) {
            double lx = x + (i / perLane) * (laneW + COLUMN_GAP);
            double y = top + (i % perLane) * STEP;
            String[] row = rows.get(i);
            double[] at = mirrored && laneW == LANE_W ? new double[] {lx + CHIP_W + PAIR_GAP, lx}
                    : new double[] {lx, lx + CHIP_W + PAIR_GAP};
            for (int side = 0; side < 2; side++) {
                if (row[side] != null) {
                    out.put(row[side], new Bounds(at[side], y, CHIP_W, CHIP_H));
                }
            }
            right = Math.max(right, lx + laneW);
            bottom = Math.max(bottom, y + CHIP_H);
        }
        return new double[] {right, bottom};
    }
}
