package dev.archway.app.ui.canvas;

import dev.archway.model.diff.DesignDiff;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * What the engine panels lay over the diagram: finding badges, a simulated request's path (drawn up to the current
 * hop), the share of requests each target received, elements marked down (failed AZ, unhealthy target), and a
 * lesson's solution as a diff (what it adds drawn as ghosts, what it removes or changes outlined).
 */
public final class CanvasOverlays {
    /** A badge on an element: how many findings, in the colour of the worst. */
    public record Badge(int count, Color colour) {
    }

    /** A conditional element's badge: its Condition's name, and whether it holds under the assumptions (null: cannot tell). */
    public record ConditionBadge(String condition, Boolean holds) {
    }

    private Map<String, Badge> badges = Map.of();
    private Map<String, ConditionBadge> conditions = Map.of();
    private List<String> path = List.of();
    private int hops;
    private boolean pathRefused;
    private Map<String, Double> shares = Map.of();
    private java.util.Set<String> down = java.util.Set.of();
    private DesignDiff diff;
    private DiffLabels diffLabels = DiffLabels.SOLUTION;

    /** What a diff's legend calls it and its three colours. */
    public record DiffLabels(String title, String added, String removed, String changed) {
        public static final DiffLabels SOLUTION = new DiffLabels("Solution diff", "added", "removed", "changed");
    }

    public Map<String, Badge> badges() {
        return badges;
    }

    public void setBadges(Map<String, Badge> newBadges) {
        badges = Map.copyOf(newBadges);
    }

    public Map<String, ConditionBadge> conditions() {
        return conditions;
    }

    public void setConditions(Map<String, ConditionBadge> newConditions) {
        conditions = Map.copyOf(newConditions);
    }

    public List<String> path() {
        return path;
    }

    /** How many hops of the path are shown (for stepping and animation). */
    public int hops() {
        return hops;
    }

    public boolean pathRefused() {
        return pathRefused;
    }

    public void setPath(List<String> newPath, int shownHops, boolean refused) {
        path = List.copyOf(newPath);
        hops = shownHops;
        pathRefused = refused;
    }

    public Map<String, Double> shares() {
        return shares;
    }

    public void setShares(Map<String, Double> newShares) {
        shares = Map.copyOf(newShares);
    }

    public java.util.Set<String> down() {
        return down;
    }

    public void setDown(java.util.Set<String> ids) {
        down = java.util.Set.copyOf(ids);
    }

    /** The solution diff drawn over the design, or null when none is shown. */
    public DesignDiff diff() {
        return diff;
    }

    public void setDiff(DesignDiff newDiff) {
        setDiff(newDiff, DiffLabels.SOLUTION);
    }

    /** A diff with what its legend says (a lesson's solution, an account's drift). */
    public void setDiff(DesignDiff newDiff, DiffLabels labels) {
        diff = newDiff;
        diffLabels = labels;
    }

    public DiffLabels diffLabels() {
        return diffLabels;
    }
}
