package dev.archway.model.simulation;

import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything about one request that does not change from one client to the next, decided once: the load
 * balancer, the nodes clients reach, the client's admission at each node, the listener, the rule and its action,
 * and per target group and node the targets that can take traffic. {@link TrafficRun} then only draws the node,
 * the weighted group and the target for each request.
 */
final class RoutePlan {
    SimRequest request;
    LoadBalancer lb;
    final List<Hop> dnsHops = new ArrayList<>();
    LbNode[] nodes = new LbNode[0];
    boolean pinned;
    /** Why no node answers (all nodes down, or the pinned one failed). */
    String noNodeReason;
    String noNodeElementId;
    AccessVerdict[] entry;

    Listener listener;
    String noListenerReason;
    final List<Hop> listenerHops = new ArrayList<>();
    String certificateId;
    String ruleId;
    String actionElementId;

    /** A redirect, fixed response or broken action: the same answer for every client. */
    RouteOutcome terminalOutcome;
    Integer terminalStatus;
    String terminalLocation;
    String terminalReason;
    /** The rule or listener whose authenticate action denied the request (401), if one did. */
    String authBlockedId;

    /** The Host (without port), path and query a target receives: the request's, after the rule's transforms. */
    String targetHost;
    String targetPath;
    String targetQuery;

    /** The Lambda functions a forward invokes (every group taking traffic is a Lambda group), else null. */
    List<String> lambdaFunctions;

    GroupPlan[] groups = new GroupPlan[0];
    int totalWeight;
    boolean flowHash;

    /** One target group of the forward action as seen from each node. */
    static final class GroupPlan {
        final TargetGroupState state;
        final int weight;
        final String algorithm;
        final boolean preserveClientIp;
        int[][] candidates;
        AccessVerdict[][] access;

        GroupPlan(TargetGroupState state, int weight, String algorithm, boolean preserveClientIp) {
            this.state = state;
            this.weight = weight;
            this.algorithm = algorithm;
            this.preserveClientIp = preserveClientIp;
        }

        void sizeFor(int nodeCount) {
            candidates = new int[nodeCount][];
            access = new AccessVerdict[nodeCount][state.slots().size()];
        }

        boolean randomPick() {
            return "weighted_random".equals(algorithm);
        }
    }

    boolean isAlb() {
        return lb.isApplication();
    }
}
