package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/** LB-NO-SECURITY-GROUP: an Application Load Balancer names its security groups. */
public final class LbNoSecurityGroupRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("LB-NO-SECURITY-GROUP", Severity.WARNING,
            "Application Load Balancers have a security group of their own",
            "Without SecurityGroups AWS gives an ALB the VPC's default security group, which the design does not "
                    + "describe: what reaches the load balancer and what its targets must admit is then unknown.",
            AwsDocs.ALB_SECURITY_GROUPS);

    public LbNoSecurityGroupRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        if (!lb.isApplication() || !lb.securityGroupIds().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, lb, "%s has no security group: connect one to it (drag from the group's "
                .formatted(lb.name()) + "handle) or tick one in the inspector", null));
    }
}
