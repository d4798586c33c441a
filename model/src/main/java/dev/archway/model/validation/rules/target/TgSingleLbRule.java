package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.List;

/** TG-SINGLE-LB: a target group is used by one load balancer only. */
public final class TgSingleLbRule extends KindRule<TargetGroup> {
    public static final RuleInfo INFO = new RuleInfo("TG-SINGLE-LB", Severity.ERROR,
            "Each target group serves one load balancer",
            "AWS allows a target group to be used by only one load balancer; give each load balancer its own group.",
            AwsDocs.TARGET_GROUPS);

    public TgSingleLbRule() {
        super(INFO, List.of(TargetGroup.class));
    }

    @Override
    public List<Finding> check(TargetGroup group, Topology index) {
        List<LoadBalancer> lbs = index.loadBalancersOf(group);
        if (lbs.size() < 2) {
            return List.of();
        }
        List<Element> resources = new ArrayList<>(List.of(group));
        resources.addAll(lbs);
        return List.of(Finding.of(INFO, resources, "%s is used by %d load balancers: %s".formatted(group.name(),
                lbs.size(), String.join(", ", lbs.stream().map(LoadBalancer::name).toList())), null));
    }
}
