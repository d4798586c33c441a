package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.ListenerRule;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/** RULE-HAS-CONDITION: every non-default rule has at least one condition. */
public final class RuleHasConditionRule extends KindRule<ListenerRule> {
    public static final RuleInfo INFO = new RuleInfo("RULE-HAS-CONDITION", Severity.ERROR,
            "Listener rules have at least one condition",
            "Only the listener's default rule may be without conditions; AWS rejects any other rule without one.",
            AwsDocs.LISTENER_RULES);

    public RuleHasConditionRule() {
        super(INFO, List.of(ListenerRule.class));
    }

    @Override
    public List<Finding> check(ListenerRule rule, Topology index) {
        if (!rule.conditions().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, rule, rule.name() + " has no conditions", null));
    }
}
