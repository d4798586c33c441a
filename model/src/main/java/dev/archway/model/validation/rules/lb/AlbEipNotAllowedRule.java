package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;

/** ALB-EIP-NOT-ALLOWED: Elastic IPs are given to Network Load Balancers only. */
public final class AlbEipNotAllowedRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("ALB-EIP-NOT-ALLOWED", Severity.ERROR,
            "Application Load Balancers take no Elastic IPs",
            "An ALB's node addresses change as it scales; AWS rejects Elastic IPs in an ALB's subnet mappings. Put an "
                    + "NLB in front of it when clients need static addresses.",
            AwsDocs.ALB_SET_SUBNETS);

    public AlbEipNotAllowedRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        if (!lb.isApplication() || lb.elasticIps().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, lb, "%s is an Application Load Balancer with Elastic IPs %s".formatted(lb.name(),
                String.join(", ", lb.elasticIps())), Fixes.edit("Remove the Elastic IPs of " + lb.name(), lb.id(),
                LoadBalancer.class, c -> new LoadBalancer(c.id(), c.name(), c.vpcId(), c.type(), c.scheme(),
                        c.subnetIds(), c.securityGroupIds(), c.attributes(), List.of()))));
    }
}
