package dev.archway.model.simulation;

import java.util.List;

/**
 * Whether one leg of a path (client to load balancer, load balancer to target) gets through its security groups and
 * network ACLs; when it does not, {@code blockedById} names the group or ACL that stops it. {@code hops} explain it.
 */
public record AccessVerdict(boolean allowed, String blockedById, String reason, List<Hop> hops) {

    public AccessVerdict {
        hops = List.copyOf(hops);
    }
}
