package dev.archway.model.validation.rules.listener;

import dev.archway.model.Element;
import dev.archway.model.lb.Action;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** RULE-TERMINAL-ACTION: a rule's actions end in exactly one forward, redirect or fixed-response. */
public final class RuleTerminalActionRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("RULE-TERMINAL-ACTION", Severity.ERROR,
            "Listener rules end in exactly one forward, redirect or fixed-response",
            "Actions run in order; exactly one of forward, redirect and fixed-response is required and it must come "
                    + "last, after any authenticate action. AWS rejects anything else.",
            AwsDocs.RULE_ACTIONS);

    public RuleTerminalActionRule() {
        super(INFO, ActionsOf.HOLDERS);
    }

    @Override
    public List<Finding> check(Element holder, Topology index) {
        List<Action> actions = ActionsOf.of(holder);
        long terminal = actions.stream().filter(a -> a.type() != null && a.type().isTerminal()).count();
        String problem = null;
        if (terminal == 0) {
            problem = "has no forward, redirect or fixed-response action";
        } else if (terminal > 1) {
            problem = "has %d forward, redirect or fixed-response actions (exactly 1)".formatted(terminal);
        } else if (!inOrder(actions).get(actions.size() - 1).type().isTerminal()) {
            problem = "runs an action after its forward, redirect or fixed-response";
        }
        return problem == null ? List.of() : List.of(Finding.of(INFO, holder, holder.name() + " " + problem, null));
    }

    /** Actions by {@code Order}; actions without one keep their place after those with one. */
    private static List<Action> inOrder(List<Action> actions) {
        List<Action> sorted = new ArrayList<>(actions);
        sorted.sort(Comparator.comparing(Action::order, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }
}
