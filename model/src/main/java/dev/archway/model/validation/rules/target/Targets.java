package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.query.Topology;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Facts about load-balancer targets (EC2 instances, Auto Scaling groups, ECS services, IP targets) that several rules share. */
final class Targets {
    static final List<Class<? extends Element>> TYPES = List.of(Ec2Instance.class, EcsService.class, IpTarget.class,
            AutoScalingGroup.class);

    private Targets() {
    }

    /** The load balancers that send traffic to a target, through any of its groups, ordered by id. */
    static List<LoadBalancer> loadBalancersOf(Element target, Topology index) {
        Map<String, LoadBalancer> lbs = new TreeMap<>();
        for (TargetGroup g : index.targetGroupsOfTarget(target)) {
            index.loadBalancersOf(g).forEach(lb -> lbs.put(lb.id(), lb));
        }
        return List.copyOf(lbs.values());
    }

    /** The port traffic reaches the target on: the registration's, an ECS container's, else the group's. */
    static int trafficPort(Element target, TargetGroup group) {
        for (TargetRegistration r : group.targets()) {
            if (r.targetId().equals(target.id()) && r.port() != null) {
                return r.port();
            }
        }
        if (target instanceof EcsService s && s.containerPort() > 0) {
            return s.containerPort();
        }
        return group.port();
    }

    static boolean hasPublicAddress(Element target) {
        if (target instanceof Ec2Instance i) {
            return i.publicIp();
        }
        return target instanceof EcsService s && s.assignPublicIp();
    }
}
