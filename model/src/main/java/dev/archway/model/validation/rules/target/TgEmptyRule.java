package dev.archway.model.validation.rules.target;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.validation.ElementRule;
import dev.archway.model.validation.Finding;
import dev.archway.model.validation.RuleInfo;
import dev.archway.model.validation.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/** TG-EMPTY: a target group that a listener forwards to has targets. */
public final class TgEmptyRule implements ElementRule<TargetGroup> {
    public static final RuleInfo INFO = new RuleInfo("TG-EMPTY", Severity.WARNING,
            "Target groups in use have targets",
            "Requests forwarded to a target group without registered targets get HTTP 503 from an ALB; an NLB drops them.",
            AwsDocs.ALB_TROUBLESHOOTING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Class<? extends TargetGroup>> subjectTypes() {
        return List.of(TargetGroup.class);
    }

    @Override
    public List<Finding> check(TargetGroup group, Topology index) {
        if (!group.targets().isEmpty()) {
            return List.of();
        }
        List<LoadBalancer> lbs = index.loadBalancersOf(group);
        if (lbs.isEmpty()) {
            return List.of();
        }
        String users = String.join(", ", lbs.stream().map(LoadBalancer::name).toList());
        return List.of(Finding.of(INFO, group, "%s receives traffic from %s but has no targets".formatted(group.name(),
                users), null));
    }
}
