package dev.archway.model.simulation;

import dev.archway.model.Design;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sends requests through a {@link RoutePlan}: each client resolves DNS to one of the advertised nodes at random
 * (doc §2.2: each node gets an equal share of DNS-spread traffic), the forward action picks a group by weight, and
 * the node picks a target: round robin per node (ALB default), random ({@code weighted_random}), or the flow hash of
 * a new connection with a random client port and sequence number (NLB, doc §3.3). Seeded, so runs repeat.
 */
final class TrafficRun {
    private final SecurityPathCheck security;
    private final RoutePlan p;
    private final TraceRenderer renderer;
    private int node;
    private int group;
    private int slot;
    private int pick;
    private int clientPort;
    private int sequence;

    TrafficRun(Design design, SecurityPathCheck security, RoutePlan plan) {
        this.security = security;
        this.p = plan;
        this.renderer = new TraceRenderer(design, plan, this::access);
    }

    TrafficReport run(int requests, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] roundRobin = new int[p.nodes.length][p.groups.length];
        long[][] counts = new long[p.groups.length][];
        for (int g = 0; g < p.groups.length; g++) {
            counts[g] = new long[p.groups[g].state.slots().size()];
        }
        long[] outcomes = new long[RouteOutcome.values().length];
        RouteTrace first = null;
        for (int i = 0; i < requests; i++) {
            RouteOutcome o = step(random, roundRobin);
            outcomes[o.ordinal()]++;
            if (o == RouteOutcome.FORWARDED && group >= 0) { // a Lambda function is forwarded to, not a slot
                counts[group][slot]++;
            }
            if (i == 0) {
                first = renderer.render(o, node, group, slot, pick, clientPort, sequence);
            }
        }
        return new TrafficReport(first, requests, targetCounts(counts), outcomeCounts(outcomes));
    }

    private RouteOutcome step(SplittableRandom random, int[][] roundRobin) {
        node = -1;
        group = -1;
        slot = -1;
        if (p.nodes.length == 0) {
            return RouteOutcome.UNAVAILABLE;
        }
        node = p.nodes.length == 1 ? 0 : random.nextInt(p.nodes.length);
        if (!p.entry[node].allowed()) {
            return RouteOutcome.BLOCKED;
        }
        if (p.listener == null) {
            return RouteOutcome.NO_LISTENER;
        }
        if (p.terminalOutcome != null) {
            return p.terminalOutcome;
        }
        group = pickGroup(random);
        RoutePlan.GroupPlan g = p.groups[group];
        int[] candidates = g.candidates[node];
        if (candidates.length == 0) {
            return RouteOutcome.UNAVAILABLE;
        }
        if (p.flowHash) {
            clientPort = 1024 + random.nextInt(64512);
            sequence = random.nextInt();
            pick = (int) Long.remainderUnsigned(flowHash(node, clientPort, sequence), candidates.length);
        } else if (g.randomPick()) {
            pick = random.nextInt(candidates.length);
        } else {
            pick = roundRobin[node][group]++ % candidates.length;
        }
        slot = candidates[pick];
        return access(node, group, slot).allowed() ? RouteOutcome.FORWARDED : RouteOutcome.BLOCKED;
    }

    private int pickGroup(SplittableRandom random) {
        if (p.groups.length == 1) {
            return 0;
        }
        int x = random.nextInt(p.totalWeight);
        for (int g = 0; g < p.groups.length; g++) {
            x -= p.groups[g].weight;
            if (x < 0) {
                return g;
            }
        }
        return p.groups.length - 1;
    }

    /** A stand-in for AWS's flow hash over protocol, source, destination and TCP sequence number (doc §3.3). */
    private long flowHash(int nodeIndex, int port, int seq) {
        long h = p.request.sourceAddress() * 0x9E3779B97F4A7C15L;
        h ^= ((long) port << 32) ^ (seq & 0xFFFFFFFFL);
        h ^= (long) nodeIndex * 0xC2B2AE3D27D4EB4FL ^ p.request.port() ^ ((long) p.request.protocol().ordinal() << 17);
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    AccessVerdict access(int nodeIndex, int groupIndex, int slotIndex) {
        RoutePlan.GroupPlan g = p.groups[groupIndex];
        AccessVerdict v = g.access[nodeIndex][slotIndex];
        if (v == null) {
            TargetSlot target = g.state.slots().get(slotIndex);
            v = security.loadBalancerToTarget(p.lb, p.nodes[nodeIndex].subnet(), target,
                    p.request.protocol().transport(), target.port(), g.preserveClientIp, p.request);
            g.access[nodeIndex][slotIndex] = v;
        }
        return v;
    }

    private List<TrafficReport.TargetCount> targetCounts(long[][] counts) {
        Map<String, TrafficReport.TargetCount> byKey = new LinkedHashMap<>();
        for (int g = 0; g < p.groups.length; g++) {
            List<TargetSlot> slots = p.groups[g].state.slots();
            for (int s = 0; s < slots.size(); s++) {
                TargetSlot t = slots.get(s);
                TrafficReport.TargetCount old = byKey.get(t.key());
                long count = counts[g][s] + (old == null ? 0 : old.count());
                double share = expectedShare(g, s) + (old == null ? 0 : old.expectedShare());
                byKey.put(t.key(), new TrafficReport.TargetCount(t.key(), t.elementId(), t.name(), count, share));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The exact long-run fraction of requests slot {@code s} of group {@code g} receives. */
    private double expectedShare(int g, int s) {
        if (p.nodes.length == 0 || p.listener == null || p.terminalOutcome != null) {
            return 0;
        }
        double share = 0;
        for (int n = 0; n < p.nodes.length; n++) {
            int[] candidates = p.groups[g].candidates[n];
            if (!p.entry[n].allowed() || !contains(candidates, s) || !access(n, g, s).allowed()) {
                continue;
            }
            share += 1.0 / p.nodes.length * p.groups[g].weight / p.totalWeight / candidates.length;
        }
        return share;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static Map<RouteOutcome, Long> outcomeCounts(long[] outcomes) {
        Map<RouteOutcome, Long> out = new EnumMap<>(RouteOutcome.class);
        for (RouteOutcome o : RouteOutcome.values()) {
            if (outcomes[o.ordinal()] > 0) {
                out.put(o, outcomes[o.ordinal()]);
            }
        }
        return out;
    }
}
