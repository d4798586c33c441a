package dev.archway.exporters.cdk;

import dev.archway.model.Element;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.HashSet;
import java.util.Set;

/**
 * Security-group rules that CDK writes by itself: registering an ECS service in a target group lets the load
 * balancer's groups reach the service's groups on the container port. The design's copies of those rules are left
 * out of the generated code, since CloudFormation rejects the same permission twice.
 */
final class ImplicitRules {
    private final Set<String> rules = new HashSet<>();

    ImplicitRules(CdkStackDraft plan) {
        for (LoadBalancer lb : plan.design.all(LoadBalancer.class)) {
            for (Listener listener : plan.topology.listenersOf(lb)) {
                for (TargetGroup group : plan.topology.targetGroupsOf(listener)) {
                    for (Element target : plan.topology.targetsOf(group)) {
                        if (target instanceof EcsService service) {
                            service.securityGroupIds().forEach(sg -> lb.securityGroupIds().forEach(lbSg ->
                                    rules.add(key(sg, service.containerPort(), lbSg))));
                        }
                    }
                }
            }
        }
    }

    /** Is this ingress rule of {@code group} one that CDK adds through a target group? */
    boolean covers(SecurityGroup group, SgRule rule) {
        return "tcp".equalsIgnoreCase(rule.protocol()) && rule.fromPort() == rule.toPort()
                && rule.securityGroupId() != null && rules.contains(key(group.id(), rule.fromPort(),
                rule.securityGroupId()));
    }

    private static String key(String groupId, int port, String sourceGroupId) {
        return groupId + "|" + port + "|" + sourceGroupId;
    }
}
