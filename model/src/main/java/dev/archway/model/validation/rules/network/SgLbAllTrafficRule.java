package dev.archway.model.validation.rules.network;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/**
 * SG-LB-ALL-TRAFFIC: a group worn only by load balancers admits only their listener ports. Opening all traffic there
 * exposes no other port (a load balancer answers only on its listeners), so this is advice, not SG-OPEN-ADMIN.
 */
public final class SgLbAllTrafficRule extends KindRule<SecurityGroup> {
    public static final RuleInfo INFO = new RuleInfo("SG-LB-ALL-TRAFFIC", Severity.INFO,
            "Load balancer groups admit only the listener ports",
            "A load balancer answers only on its listener ports, so a group that admits all traffic from anywhere "
                    + "exposes nothing else; admitting just the listener ports says what is meant and stays safe "
                    + "if the group is later attached to an instance.",
            AwsDocs.ALB_SECURITY_GROUPS);

    public SgLbAllTrafficRule() {
        super(INFO, List.of(SecurityGroup.class));
    }

    @Override
    public List<Finding> check(SecurityGroup group, Topology index) {
        if (group.ingress().stream().noneMatch(SecurityGroupWearers::allTrafficFromAnywhere)) {
            return List.of();
        }
        List<LoadBalancer> lbs = SecurityGroupWearers.onlyLoadBalancers(group, index);
        if (lbs.isEmpty()) {
            return List.of();
        }
        String names = String.join(", ", lbs.stream().map(LoadBalancer::name).toList());
        String message = "%s admits all traffic from anywhere; only the listener ports of %s answer %s"
                .formatted(group.name(), names, SecurityGroupWearers.listenerPorts(lbs, index));
        return List.of(Finding.of(INFO, group, message, null));
    }
}
