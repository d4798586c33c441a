package dev.archway.model.simulation;

import dev.archway.model.Design;
import java.util.ArrayList;
import java.util.List;

/** Writes the trace of one request of a {@link RoutePlan} once its node, group and target are known. */
final class TraceRenderer {
    /** The (cached) verdict of the path from a node to a target. */
    interface AccessLookup {
        AccessVerdict get(int node, int group, int slot);
    }

    private final Design design;
    private final RoutePlan p;
    private final AccessLookup access;

    TraceRenderer(Design design, RoutePlan plan, AccessLookup access) {
        this.design = design;
        this.p = plan;
        this.access = access;
    }

    RouteTrace render(RouteOutcome outcome, int node, int group, int slot, int pick, int clientPort, int sequence) {
        Builder t = new Builder();
        t.hops.addAll(p.dnsHops);
        if (node < 0) {
            t.hops.add(new Hop(Hop.Step.LB_NODE, p.noNodeElementId, "unavailable", p.noNodeReason));
            return t.build(RouteOutcome.UNAVAILABLE, null);
        }
        LbNode n = p.nodes[node];
        t.azId = n.azId();
        t.hops.add(new Hop(Hop.Step.LB_NODE, n.subnet().id(), "entered", entry(n)));
        t.hops.addAll(p.entry[node].hops());
        if (!p.entry[node].allowed()) {
            t.blocked(p.entry[node]);
            return t.build(RouteOutcome.BLOCKED, null);
        }
        if (p.listener == null) {
            t.hops.add(new Hop(Hop.Step.LISTENER, p.lb.id(), "none", p.noListenerReason));
            return t.build(RouteOutcome.NO_LISTENER, null);
        }
        t.listener();
        t.hops.addAll(p.listenerHops);
        if (p.terminalOutcome != null) {
            t.location = p.terminalLocation;
            if (p.authBlockedId != null) {
                t.blockedById = p.authBlockedId;
                t.blockedReason = p.terminalReason;
            }
            if (p.lambdaFunctions != null) {
                t.targetRequest = TargetRequests.lambdaEvent(p);
            }
            return t.build(p.terminalOutcome, p.terminalStatus);
        }
        RoutePlan.GroupPlan g = p.groups[group];
        t.targetGroupId = g.state.group().id();
        int[] candidates = g.candidates[node];
        t.hops.add(new Hop(Hop.Step.TARGET_GROUP, g.state.group().id(), candidates.length == 0 ? "unavailable"
                : "selected", new GroupDescription(design, p, g, n).describe()));
        if (candidates.length == 0) {
            return t.build(RouteOutcome.UNAVAILABLE, p.isAlb() ? 503 : null);
        }
        TargetSlot target = g.state.slots().get(slot);
        t.target(target);
        t.hops.add(new Hop(Hop.Step.TARGET, target.elementId(), "chosen", choice(g, candidates, pick, n, clientPort,
                sequence, target)));
        AccessVerdict v = access.get(node, group, slot);
        t.hops.addAll(v.hops());
        if (!v.allowed()) {
            t.blocked(v);
            t.hops.add(new Hop(Hop.Step.ANSWER, p.lb.id(), "blocked", p.isAlb()
                    ? "the connection to the target times out: the ALB answers 504 (doc §1.9)"
                    : "the connection to the target times out"));
            return t.build(RouteOutcome.BLOCKED, p.isAlb() ? 504 : null);
        }
        String next = design.get(target.elementId()) instanceof dev.archway.model.lb.LoadBalancer
                ? "; that ALB then routes the request (simulate it with --lb " + design.nameOf(target.elementId())
                        + ")" : "";
        t.hops.add(new Hop(Hop.Step.ANSWER, target.elementId(), "forwarded", "to " + target.name() + " at "
                + target.endpoint(design) + " in " + ZoneNames.label(design, target.zone()) + next));
        t.targetRequest = TargetRequests.of(p, n, g, target);
        return t.build(RouteOutcome.FORWARDED, null);
    }

    private String entry(LbNode n) {
        String where = "the node in " + n.label() + ", subnet " + n.subnet().name();
        if (p.pinned) {
            return "the client connects to " + where;
        }
        return p.nodes.length == 1 ? "the client connects to " + where
                : "DNS spreads clients over " + p.nodes.length + " nodes; this client connects to " + where;
    }

    private String choice(RoutePlan.GroupPlan g, int[] candidates, int pick, LbNode n, int clientPort, int sequence,
            TargetSlot target) {
        String among = candidates.length == 1 ? "the only target that can take traffic"
                : "target " + (pick + 1) + " of " + candidates.length;
        if (p.flowHash) {
            String transport = p.request.protocol().transport();
            String flow = transport.toUpperCase() + " " + p.request.sourceIp() + ":" + clientPort + " -> "
                    + (n.address() == null ? "the node" : n.address()) + ":" + p.request.port()
                    + (transport.equals("tcp") ? " (sequence " + Integer.toUnsignedString(sequence) + ")" : "");
            return "flow hash of " + flow + " picks " + target.name() + ", " + among + "; the connection stays there";
        }
        if (g.randomPick()) {
            return "weighted_random picks " + target.name() + ", " + among;
        }
        String algorithm = "least_outstanding_requests".equals(g.algorithm)
                ? "least outstanding requests (all idle, so in turn)" : "round robin";
        return algorithm + " at this node picks " + target.name() + ", " + among;
    }

    /** Collects the top-level fields while hops are added. */
    private final class Builder {
        final List<Hop> hops = new ArrayList<>();
        String location;
        String azId;
        String targetGroupId;
        String targetKey;
        String targetName;
        String targetElementId;
        String blockedById;
        String blockedReason;
        TargetRequest targetRequest;
        boolean listenerKnown;

        void listener() {
            listenerKnown = true;
        }

        void target(TargetSlot target) {
            targetKey = target.key();
            targetName = target.name();
            targetElementId = target.elementId();
        }

        void blocked(AccessVerdict v) {
            blockedById = v.blockedById();
            blockedReason = v.reason();
        }

        RouteTrace build(RouteOutcome outcome, Integer status) {
            boolean forwarded = outcome == RouteOutcome.FORWARDED || outcome == RouteOutcome.BLOCKED;
            String az = forwarded && targetElementId != null ? targetAz() : azId;
            return new RouteTrace(p.request.describe(), outcome, status, location, p.lb.id(),
                    listenerKnown ? p.listener.id() : null, listenerKnown ? p.listener.label() : null,
                    listenerKnown ? p.ruleId : null, listenerKnown ? p.certificateId : null, targetGroupId, targetKey,
                    targetName, targetElementId, az, blockedById, blockedReason, hops,
                    outcome == RouteOutcome.FORWARDED ? targetRequest : null);
        }

        private String targetAz() {
            for (RoutePlan.GroupPlan g : p.groups) {
                for (TargetSlot s : g.state.slots()) {
                    if (s.key().equals(targetKey)) {
                        return s.azId();
                    }
                }
            }
            return azId;
        }
    }
}
