package dev.archway.model.validation.rules.listener;

import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.ArrayList;
import java.util.List;

/** RULE-SHADOWED: every listener rule can match some request that no earlier rule takes. */
public final class RuleShadowedRule extends KindRule<Listener> {
    public static final RuleInfo INFO = new RuleInfo("RULE-SHADOWED", Severity.WARNING,
            "Every listener rule can be reached",
            "Rules are evaluated in priority order and the first match wins; a rule whose every request is already "
                    + "matched by an earlier rule never runs, which is almost always a priority mistake.",
            AwsDocs.LISTENER_RULES);

    public RuleShadowedRule() {
        super(INFO, List.of(Listener.class));
    }

    @Override
    public List<Finding> check(Listener l, Topology index) {
        List<ListenerRule> rules = index.rulesOf(l);
        List<Finding> findings = new ArrayList<>();
        for (int j = 0; j < rules.size(); j++) {
            ListenerRule b = rules.get(j);
            for (int i = 0; i < j; i++) {
                ListenerRule a = rules.get(i);
                if (a.priority() < b.priority() && ConditionCoverage.shadows(a, b)) {
                    findings.add(Finding.of(INFO, List.of(b, a),
                            "%s (priority %d) can never match: %s (priority %d) matches every request it matches"
                                    .formatted(b.name(), b.priority(), a.name(), a.priority()),
                            ConditionCoverage.shadows(b, a) ? null : swap(a, b)));
                    break;
                }
            }
        }
        return findings;
    }

    private static Fix swap(ListenerRule a, ListenerRule b) {
        String label = "Swap the priorities of %s and %s".formatted(b.name(), a.name());
        return new Fix(label, design -> {
            ListenerRule ca = Fixes.current(design, a.id(), ListenerRule.class);
            ListenerRule cb = Fixes.current(design, b.id(), ListenerRule.class);
            return new CompositeCommand(label, List.of(new PutElementCommand(label, cb.withPriority(ca.priority())),
                    new PutElementCommand(label, ca.withPriority(cb.priority()))));
        });
    }
}
