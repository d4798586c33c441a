package dev.archway.model.simulation;

import java.util.ArrayList;
import java.util.List;

/** Says, for a trace, which targets of a group a node can send to, and why the others cannot take traffic. */
final class GroupDescription {
    private final RoutePlan plan;
    private final RoutePlan.GroupPlan group;
    private final LbNode node;
    private final dev.archway.model.Design design;

    GroupDescription(dev.archway.model.Design design, RoutePlan plan, RoutePlan.GroupPlan group, LbNode node) {
        this.design = design;
        this.plan = plan;
        this.group = group;
        this.node = node;
    }

    String describe() {
        TargetGroupState state = group.state;
        StringBuilder out = new StringBuilder();
        if (plan.groups.length > 1) {
            out.append("chosen by weight ").append(group.weight).append(" of ").append(plan.totalWeight)
                    .append(String.format(" (%.1f%% of requests); ", 100.0 * group.weight / plan.totalWeight));
        }
        if (state.slots().isEmpty()) {
            return out.append(state.group().name()).append(" has no registered targets")
                    .append(plan.isAlb() ? ": the ALB answers 503" : ": the connection fails").toString();
        }
        List<String> usable = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < state.slots().size(); i++) {
            TargetSlot s = state.slots().get(i);
            if (contains(group.candidates[indexOf(node)], i)) {
                usable.add(s.name() + (state.status(i) == TargetGroupState.Status.UNHEALTHY ? " (unhealthy)" : ""));
            } else if (state.status(i) == TargetGroupState.Status.IN_SERVICE
                    || (state.failOpen() && state.status(i) == TargetGroupState.Status.UNHEALTHY)) {
                others.add(s.name() + " in " + ZoneNames.label(design, s.zone()) + ": another AZ and cross-zone is off");
            } else if (state.status(i) == TargetGroupState.Status.UNHEALTHY) {
                others.add(s.name() + " unhealthy: " + state.unhealthyReason(i));
            } else {
                others.add(s.name() + " " + state.status(i).text());
            }
        }
        out.append(usable.size()).append(" of ").append(state.slots().size()).append(" targets can take traffic from")
                .append(" the node in ").append(node.zoneLabel()).append(" (cross-zone ")
                .append(state.crossZone() ? "on" : "off").append(")");
        if (!usable.isEmpty()) {
            out.append(": ").append(String.join(", ", usable));
        }
        if (state.failOpen()) {
            out.append("; no target is healthy, so the group fails open and routes to all of them");
        }
        if (!others.isEmpty()) {
            out.append("; ").append(String.join("; ", others));
        }
        if (usable.isEmpty()) {
            out.append(plan.isAlb() ? ": the ALB answers 503" : ": the connection fails");
        }
        return out.toString();
    }

    private int indexOf(LbNode n) {
        for (int i = 0; i < plan.nodes.length; i++) {
            if (plan.nodes[i] == n) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
