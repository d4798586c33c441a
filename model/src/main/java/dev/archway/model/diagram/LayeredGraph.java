package dev.archway.model.diagram;

import java.util.List;
import java.util.Map;

/**
 * The part of a VPC's diagram whose order the AWS convention leaves free, as a layered graph: the listeners (first
 * layer, fixed in the order their load balancer's bar shows them), the traffic lane's rows (a rule and the target
 * group it forwards to), and the targets of those groups. {@code edges} maps a node to the nodes it points to in the
 * next layer.
 */
public record LayeredGraph(List<List<String>> layers, Map<String, List<String>> edges) {

    public List<String> next(String node) {
        return edges.getOrDefault(node, List.of());
    }
}
