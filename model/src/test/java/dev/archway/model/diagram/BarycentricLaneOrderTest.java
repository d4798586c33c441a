package dev.archway.model.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarycentricLaneOrderTest {
    /** Two listeners, their rules declared in the wrong order, and targets declared crosswise. */
    private final LayeredGraph tangled = new LayeredGraph(
            List.of(List.of("http", "https"), List.of("rule-b", "rule-a", "rule-c"), List.of("t3", "t1", "t2")),
            Map.of("http", List.of("rule-a"), "https", List.of("rule-b", "rule-c"), "rule-a", List.of("t1"),
                    "rule-b", List.of("t2"), "rule-c", List.of("t3")));

    @Test
    void untanglesALayeredGraphThatCanBeDrawnWithoutCrossings() {
        List<List<String>> ordered = new BarycentricLaneOrder().order(tangled);

        assertEquals(0, BarycentricLaneOrder.crossings(ordered, tangled));
        assertEquals(List.of(List.of("http", "https"), List.of("rule-a", "rule-b", "rule-c"), List.of("t1", "t2", "t3")),
                ordered);
    }

    @Test
    void keepsTheFirstLayerAsTheLoadBalancerShowsIt() {
        assertEquals(List.of("http", "https"), new BarycentricLaneOrder().order(tangled).get(0));
    }

    @Test
    void leavesAnOrderWithoutCrossingsAsItIs() {
        LayeredGraph untangled = new LayeredGraph(List.of(List.of("l"), List.of("r1", "r2", "r3"), List.of("t1", "t2")),
                Map.of("l", List.of("r1", "r2", "r3"), "r1", List.of("t1"), "r3", List.of("t2")));

        assertEquals(untangled.layers(), new BarycentricLaneOrder().order(untangled));
    }
}
