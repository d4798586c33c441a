package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The targets of one group as one load balancer sees them under a scenario (doc §2.1, §2.2, §2.4, §3.2): a target
 * in an AZ the LB is not enabled in is unused; one in a failed AZ is down; one marked unhealthy, or whose health
 * checks the security groups or ACLs block, is unhealthy. When no target is healthy but some are unhealthy, the
 * group fails open and routes to all of them.
 */
public final class TargetGroupState {
    /** How a target stands. */
    public enum Status {
        IN_SERVICE("healthy"), UNHEALTHY("unhealthy"), UNUSED("unused: its AZ is not enabled on the load balancer"),
        DOWN("down: its AZ failed");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public static final String CROSS_ZONE = "load_balancing.cross_zone.enabled";
    public static final String ALGORITHM = "load_balancing.algorithm.type";
    public static final String PRESERVE_CLIENT_IP = "preserve_client_ip.enabled";

    private final TargetGroup group;
    private final List<TargetSlot> slots;
    private final Status[] status;
    private final String[] why;
    private final boolean crossZone;
    private final boolean failOpen;

    TargetGroupState(Design design, LoadBalancer lb, TargetGroup group, Set<String> enabledZones,
            SimulationScenario scenario, SecurityPathCheck security, List<Subnet> nodes, SimRequest request) {
        this.group = group;
        this.slots = TargetSlot.of(design, group);
        this.status = new Status[slots.size()];
        this.why = new String[slots.size()];
        String attr = group.attributes().get(CROSS_ZONE);
        this.crossZone = "true".equalsIgnoreCase(attr) || (!"false".equalsIgnoreCase(attr) && lb.crossZone());
        boolean anyHealthy = false;
        boolean anyUnhealthy = false;
        for (int i = 0; i < slots.size(); i++) {
            TargetSlot s = slots.get(i);
            if (s.zone() == null || !enabledZones.contains(s.zone())) {
                status[i] = Status.UNUSED;
            } else if (scenario.zoneFailed(s.zone())) {
                status[i] = Status.DOWN;
            } else if (scenario.markedUnhealthy(s.key()) || scenario.markedUnhealthy(s.elementId())) {
                status[i] = Status.UNHEALTHY;
                why[i] = "marked unhealthy";
            } else {
                AccessVerdict hc = security.loadBalancerToTarget(lb, nodeFor(nodes, s), s, "tcp",
                        healthCheckPort(s), false, request);
                status[i] = hc.allowed() ? Status.IN_SERVICE : Status.UNHEALTHY;
                why[i] = hc.allowed() ? null : "health checks on port " + healthCheckPort(s) + " are blocked: "
                        + hc.reason();
            }
            anyHealthy |= status[i] == Status.IN_SERVICE;
            anyUnhealthy |= status[i] == Status.UNHEALTHY;
        }
        this.failOpen = !anyHealthy && anyUnhealthy;
    }

    private int healthCheckPort(TargetSlot s) {
        boolean trafficPort = group.healthCheck() == null || group.healthCheck().port() == null;
        return trafficPort ? s.port() : group.healthCheck().port();
    }

    /** Health checks come from the node in the target's AZ, or the first node when there is none there. */
    private static Subnet nodeFor(List<Subnet> nodes, TargetSlot s) {
        for (Subnet n : nodes) {
            if (n.azId() != null && n.azId().equals(s.azId())) {
                return n;
            }
        }
        return nodes.get(0);
    }

    public TargetGroup group() {
        return group;
    }

    public List<TargetSlot> slots() {
        return slots;
    }

    public Status status(int i) {
        return status[i];
    }

    /** Why slot i is unhealthy (null otherwise). */
    public String unhealthyReason(int i) {
        return why[i];
    }

    public boolean crossZone() {
        return crossZone;
    }

    public boolean failOpen() {
        return failOpen;
    }

    private boolean routable(int i) {
        return status[i] == Status.IN_SERVICE || (failOpen && status[i] == Status.UNHEALTHY);
    }

    /** Slot indexes a node in {@code zone} may send to: routable targets, only its own AZ's when cross-zone is off. */
    public int[] candidates(String zone) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (routable(i) && (crossZone || zone.equals(slots.get(i).zone()))) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    public boolean hasHealthyIn(String zone) {
        for (int i = 0; i < slots.size(); i++) {
            if (status[i] == Status.IN_SERVICE && zone.equals(slots.get(i).zone())) {
                return true;
            }
        }
        return false;
    }

    public boolean hasRegisteredIn(String zone) {
        for (int i = 0; i < slots.size(); i++) {
            if (zone.equals(slots.get(i).zone())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does DNS keep advertising the node in {@code zone} for this group? NLB (doc §3.2): not when the AZ has no
     * healthy target. ALB (doc §2.2): not when cross-zone is off and all the AZ's targets are unhealthy.
     */
    public boolean keepsInDns(LoadBalancer lb, String zone) {
        if (lb.isNetwork()) {
            return hasHealthyIn(zone);
        }
        return crossZone || !hasRegisteredIn(zone) || hasHealthyIn(zone);
    }
}
