package dev.archway.model.validation.rules.listener;

import dev.archway.model.Element;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.WeightedTargetGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.List;

/** FORWARD-WEIGHTS: a forward action names at most 5 target groups, each weighted 0-999 when there are several. */
public final class ForwardWeightsRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("FORWARD-WEIGHTS", Severity.ERROR,
            "Weighted forwards name at most five target groups with weights from 0 to 999",
            "A forward action splits traffic by weight over up to 5 target groups; with several groups each needs a "
                    + "weight, and weights run from 0 to 999. AWS rejects anything else.",
            AwsDocs.RULE_ACTIONS);

    public ForwardWeightsRule() {
        super(INFO, ActionsOf.HOLDERS);
    }

    @Override
    public List<Finding> check(Element holder, Topology index) {
        List<Finding> findings = new ArrayList<>();
        for (Action a : ActionsOf.of(holder)) {
            if (a.type() != ActionType.FORWARD) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            List<WeightedTargetGroup> groups = a.forward();
            if (groups.size() > 5) {
                problems.add(groups.size() + " target groups (at most 5)");
            }
            if (groups.size() > 1 && groups.stream().anyMatch(g -> g.weight() == null)) {
                problems.add("a target group without a weight");
            }
            groups.stream().filter(g -> g.weight() != null && (g.weight() < 0 || g.weight() > 999))
                    .forEach(g -> problems.add("weight %d for %s (0-999)".formatted(g.weight(), index.name(g.targetGroupId()))));
            if (!problems.isEmpty()) {
                findings.add(Finding.of(INFO, holder, "%s forwards with %s".formatted(holder.name(),
                        String.join("; ", problems)), null));
            }
        }
        return findings;
    }
}
