package dev.archway.model.diagram;

import dev.archway.model.Design;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.TargetGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a VPC's {@link LayeredGraph}: listeners, then the lane's rows (named {@code row:N}), then the targets. */
final class LaneGraphs {
    private LaneGraphs() {
    }

    static String rowNode(int row) {
        return "row:" + row;
    }

    static LayeredGraph of(Design design, List<String> listeners, List<List<String>> rows, List<String> targets) {
        Set<String> listenerSet = new HashSet<>(listeners);
        Set<String> targetSet = new HashSet<>(targets);
        Map<String, List<String>> edges = new LinkedHashMap<>();
        List<String> rowNodes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String node = rowNode(i);
            rowNodes.add(node);
            for (String id : rows.get(i)) {
                String listener = listenerOf(design, id);
                if (listener != null && listenerSet.contains(listener)) {
                    edges.computeIfAbsent(listener, k -> new ArrayList<>()).add(node);
                }
                TargetGroup tg = design.get(id, TargetGroup.class);
                if (tg != null) {
                    tg.targetIds().stream().filter(targetSet::contains)
                            .forEach(t -> edges.computeIfAbsent(node, k -> new ArrayList<>()).add(t));
                }
            }
        }
        return new LayeredGraph(List.of(listeners, rowNodes, targets), edges);
    }

    /** The listener a row's chip hangs from: its own listener for a rule, itself for a listener. */
    private static String listenerOf(Design design, String id) {
        ListenerRule rule = design.get(id, ListenerRule.class);
        if (rule != null) {
            return rule.listenerId();
        }
        return design.get(id, Listener.class) != null ? id : null;
    }
}
