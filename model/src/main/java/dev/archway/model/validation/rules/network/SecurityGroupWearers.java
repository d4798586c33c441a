package dev.archway.model.validation.rules.network;

import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.query.Topology;
import java.util.List;
import java.util.TreeSet;

/**
 * Who wears a security group. A load balancer answers only on its listener ports, whatever its group admits, while an
 * instance, a task, an IP target, a database or an application answers on every port it opens.
 */
final class SecurityGroupWearers {
    static final String ANYWHERE = "0.0.0.0/0";
    private static final List<Class<? extends Element>> WORKLOADS = List.of(Ec2Instance.class, EcsService.class,
            AutoScalingGroup.class, IpTarget.class, AuroraCluster.class, AppNode.class);

    private SecurityGroupWearers() {
    }

    /** The load balancers wearing the group when nothing else does; empty when a workload wears it, or nothing. */
    static List<LoadBalancer> onlyLoadBalancers(SecurityGroup group, Topology index) {
        for (Class<? extends Element> type : WORKLOADS) {
            if (!index.referrers(group.id(), type).isEmpty()) {
                return List.of();
            }
        }
        return index.referrers(group.id(), LoadBalancer.class).stream()
                .filter(lb -> lb.securityGroupIds().contains(group.id())).toList();
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
