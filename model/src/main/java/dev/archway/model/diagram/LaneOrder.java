package dev.archway.model.diagram;

import java.util.List;

/**
 * Orders the layers of a {@link LayeredGraph} so that its edges cross little; the first layer stays as it is. The
 * layout draws the lane's rows and each subnet's targets in the order returned.
 */
@FunctionalInterface
public interface LaneOrder {

    /** The same layers, each reordered (same ids, first layer unchanged). */
    List<List<String>> order(LayeredGraph graph);

    /** The layers as they come: rows in the order of listeners and rules, targets in the order of their groups. */
    LaneOrder AS_DECLARED = LayeredGraph::layers;
}
