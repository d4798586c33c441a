package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.ListenerRule;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/** RULE-PRIORITY-RANGE: a rule's priority is between 1 and 50000. */
public final class RulePriorityRangeRule extends KindRule<ListenerRule> {
    public static final RuleInfo INFO = new RuleInfo("RULE-PRIORITY-RANGE", Severity.ERROR,
            "Listener rule priorities are between 1 and 50000",
            "AWS accepts rule priorities from 1 to 50000 only; the default rule has no priority.",
            AwsDocs.LISTENER_RULES);

    public RulePriorityRangeRule() {
        super(INFO, List.of(ListenerRule.class));
    }

    @Override
    public List<Finding> check(ListenerRule rule, Topology index) {
        if (rule.priority() >= 1 && rule.priority() <= 50000) {
            return List.of();
        }
        return List.of(Finding.of(INFO, rule, "%s has priority %d, outside 1-50000".formatted(rule.name(),
                rule.priority()), null));
    }
}
