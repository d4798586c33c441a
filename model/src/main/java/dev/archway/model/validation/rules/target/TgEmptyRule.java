package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
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
import java.util.Optional;

/**
 * TG-EMPTY: a target group that a listener forwards to has targets; an Auto Scaling group with desired capacity 0
 * registers none. A group the template hands to other stacks through
 * its Outputs (issue 21) may get its targets there, so it is only worth an info finding.
 */
public final class TgEmptyRule extends KindRule<TargetGroup> {
    public static final RuleInfo INFO = new RuleInfo("TG-EMPTY", Severity.WARNING,
            "Target groups in use have targets",
            "Requests forwarded to a target group without registered targets get HTTP 503 from an ALB; an NLB drops them.",
            AwsDocs.ALB_TROUBLESHOOTING);

    public TgEmptyRule() {
        super(INFO, List.of(TargetGroup.class));
    }

    @Override
    public List<Finding> check(TargetGroup group, Topology index) {
        if (group.targets().stream().anyMatch(t -> runs(index.get(t.targetId())))) {
            return List.of();
        }
        List<LoadBalancer> lbs = index.loadBalancersOf(group);
        if (lbs.isEmpty()) {
            return List.of();
        }
        String users = String.join(", ", lbs.stream().map(LoadBalancer::name).toList());
        if (TemplateOutputs.exportAny(index, handedOn(group, index))) {
            String message = "%s receives traffic from %s and has no targets here, but the template's Outputs hand it "
                    + "(or its listener) to other stacks, which may register targets";
            return List.of(new Finding(INFO.id(), Severity.INFO, List.of(group.id()), List.of(group.name()),
                    message.formatted(group.name(), users), Optional.empty()));
        }
        String none = group.targets().isEmpty() ? "has no targets"
                : "has no targets: its Auto Scaling groups have desired capacity 0";
        return List.of(Finding.of(INFO, group, "%s receives traffic from %s but %s".formatted(group.name(), users,
                none), null));
    }

    /** Whether a registered target runs: an Auto Scaling group at desired capacity 0 launches no instance. */
    private static boolean runs(Element target) {
        return !(target instanceof AutoScalingGroup g) || g.desiredCapacity() > 0;
    }

    /** The group and what forwards to it: what another stack could be handed to add targets or rules. */
    private static List<Element> handedOn(TargetGroup group, Topology index) {
        List<Element> out = new ArrayList<>(List.of(group));
        out.addAll(index.referrers(group.id(), Listener.class));
        for (ListenerRule rule : index.referrers(group.id(), ListenerRule.class)) {
            out.add(rule);
            Listener listener = index.get(rule.listenerId(), Listener.class);
            if (listener != null) {
                out.add(listener);
            }
        }
        return out;
    }
}
