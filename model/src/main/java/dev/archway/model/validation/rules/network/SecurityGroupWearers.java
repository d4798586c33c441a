package dev.archway.model.validation.rules.network;

import dev.archway.model.Element;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Who wears a security group. A load balancer answers only on its listener ports, whatever its group admits, while an
 * instance, a task, an IP target, a database or an application answers on every port it opens.
 */
final class SecurityGroupWearers {
    static final String ANYWHERE = "0.0.0.0/0";

    private SecurityGroupWearers() {
    }

    /**
     * The load balancers wearing the group when nothing else does; empty when anything else wears it (what
     * {@link Topology#SECURITY_GROUP_WEARERS} and {@link Topology#securityGroupIdsOf} say), or nothing.
     */
    static List<LoadBalancer> onlyLoadBalancers(SecurityGroup group, Topology index) {
        List<LoadBalancer> lbs = new ArrayList<>();
        for (Class<? extends Element> type : Topology.SECURITY_GROUP_WEARERS) {
            for (Element e : index.referrers(group.id(), type)) {
                if (!Topology.securityGroupIdsOf(e).contains(group.id())) {
                    continue;
                }
                if (!(e instanceof LoadBalancer lb)) {
                    return List.of();
                }
                lbs.add(lb);
            }
        }
        return lbs;
    }

    /** The ports the load balancers listen on, ascending. */
    static TreeSet<Integer> listenerPorts(List<LoadBalancer> lbs, Topology index) {
        TreeSet<Integer> ports = new TreeSet<>();
        lbs.forEach(lb -> index.listenersOf(lb).stream().map(Listener::port).forEach(ports::add));
        return ports;
    }

    /** A rule that admits every port from anywhere ({@code IpProtocol: -1}, or tcp 0-65535). */
    static boolean allTrafficFromAnywhere(SgRule rule) {
        boolean anywhere = ANYWHERE.equals(rule.cidr()) || "::/0".equals(rule.cidr());
        return anywhere && (rule.allProtocols() || rule.covers("tcp", 1) && rule.covers("tcp", 65535));
    }
}
