package dev.archway.model.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * Which load-balancer nodes clients reach (doc §2.2, §3.2): a node in a failed AZ does not answer; DNS withdraws an
 * NLB node whose AZ has no healthy target, and an ALB node whose AZ's targets are all unhealthy with cross-zone
 * off; when every node would be withdrawn, DNS fails open and returns them all. A client that dials a node's
 * static address skips DNS and reaches only that node.
 */
final class NodeSelection {
    private final RoutePlan plan;
    private final LoadBalancerResolver.Resolution resolution;
    private final List<LbNode> all;
    private final SimulationScenario scenario;

    NodeSelection(RoutePlan plan, LoadBalancerResolver.Resolution resolution, List<LbNode> all,
            SimulationScenario scenario) {
        this.plan = plan;
        this.resolution = resolution;
        this.all = all;
        this.scenario = scenario;
    }

    void apply() {
        List<LbNode> alive = new ArrayList<>();
        List<LbNode> advertised = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        for (LbNode node : all) {
            if (scenario.zoneFailed(node.zone())) {
                withdrawn.add(node.label() + ": its AZ failed" + pinnedNote(node, "get no answer"));
                continue;
            }
            alive.add(node);
            String why = dnsWithdrawal(node);
            if (why == null) {
                advertised.add(node);
            } else {
                withdrawn.add(node.label() + ": " + why + pinnedNote(node, "still reach that node"));
            }
        }
        String failOpen = "";
        if (advertised.isEmpty() && !alive.isEmpty()) {
            advertised = alive;
            failOpen = "; every node would be withdrawn, so DNS fails open and returns them all";
        }
        String answer = all.isEmpty() ? plan.lb.name() + " has no subnets, so no nodes"
                : advertised.isEmpty() ? "DNS returns no address"
                : "DNS returns the node" + (advertised.size() > 1 ? "s" : "") + " in " + labels(advertised);
        String reason = resolution.how() + ". " + answer
                + (withdrawn.isEmpty() ? "" : "; withdrawn: " + String.join("; ", withdrawn)) + failOpen;
        plan.dnsHops.add(new Hop(Hop.Step.DNS, resolution.elementId(), "resolved", reason));
        if (resolution.pinned() != null) {
            pin(resolution.pinned());
        } else {
            plan.nodes = advertised.toArray(LbNode[]::new);
            if (advertised.isEmpty()) {
                plan.noNodeReason = all.isEmpty() ? plan.lb.name() + " has no subnets"
                        : "every AZ of " + plan.lb.name() + " failed: no node answers";
                plan.noNodeElementId = plan.lb.id();
            }
        }
    }

    private void pin(LbNode node) {
        plan.pinned = true;
        if (scenario.zoneFailed(node.zone())) {
            plan.nodes = new LbNode[0];
            plan.noNodeReason = "the node in " + node.label() + " does not answer: its AZ failed. A static "
                    + "per-AZ address fails with its AZ; clients that resolve the DNS name reach the other nodes";
            plan.noNodeElementId = node.subnet().id();
        } else {
            plan.nodes = new LbNode[] {node};
        }
    }

    private String pinnedNote(LbNode node, String consequence) {
        return node.address() == null ? "" : " (clients that dial " + node.address() + " directly " + consequence + ")";
    }

    /** Why DNS withdraws a live node, or null when it keeps it. */
    private String dnsWithdrawal(LbNode node) {
        if (plan.terminalOutcome != null || plan.groups.length == 0) {
            return null;
        }
        for (RoutePlan.GroupPlan g : plan.groups) {
            if (g.weight > 0 && g.state.keepsInDns(plan.lb, node.zone())) {
                return null;
            }
        }
        return plan.lb.isNetwork() ? "no healthy target in this AZ"
                : "all targets in this AZ are unhealthy and cross-zone is off";
    }

    private static String labels(List<LbNode> nodes) {
        return String.join(", ", nodes.stream().map(LbNode::label).toList());
    }
}
