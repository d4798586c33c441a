package dev.archway.model.validation.rules.listener;

import dev.archway.model.command.Command;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RULE-DUPLICATE-PRIORITY: the rules of one listener have distinct priorities. */
public final class RuleDuplicatePriorityRule extends KindRule<Listener> {
    public static final RuleInfo INFO = new RuleInfo("RULE-DUPLICATE-PRIORITY", Severity.ERROR,
            "Rules of a listener have distinct priorities",
            "Priority decides which rule is evaluated first; AWS rejects a second rule with a priority already used "
                    + "on the same listener.",
            AwsDocs.LISTENER_RULES);

    public RuleDuplicatePriorityRule() {
        super(INFO, List.of(Listener.class));
    }

    @Override
    public List<Finding> check(Listener l, Topology index) {
        List<ListenerRule> rules = index.rulesOf(l);
        Map<Integer, List<ListenerRule>> byPriority = new LinkedHashMap<>();
        rules.forEach(r -> byPriority.computeIfAbsent(r.priority(), p -> new ArrayList<>()).add(r));
        int next = rules.stream().mapToInt(ListenerRule::priority).max().orElse(0) + 1;
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Integer, List<ListenerRule>> e : byPriority.entrySet()) {
            List<ListenerRule> same = e.getValue();
            if (same.size() < 2) {
                continue;
            }
            List<String> names = same.stream().map(ListenerRule::name).toList();
            findings.add(Finding.of(INFO, same, "%s of %s share priority %d".formatted(String.join(" and ", names),
                    l.name(), e.getKey()), fix(same.subList(1, same.size()), next)));
            next += same.size() - 1;
        }
        return findings;
    }

    /** Move all but the first to fresh priorities after the listener's last rule (if they stay within 50000). */
    private static Fix fix(List<ListenerRule> moved, int firstFree) {
        if (firstFree + moved.size() - 1 > 50000) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < moved.size(); i++) {
            parts.add(moved.get(i).name() + " priority " + (firstFree + i));
        }
        String label = "Give " + String.join(", ", parts);
        return new Fix(label, design -> {
            List<Command> commands = new ArrayList<>();
            for (int i = 0; i < moved.size(); i++) {
                ListenerRule current = Fixes.current(design, moved.get(i).id(), ListenerRule.class);
                commands.add(new PutElementCommand(label, current.withPriority(firstFree + i)));
            }
            return new CompositeCommand(label, commands);
        });
    }
}
