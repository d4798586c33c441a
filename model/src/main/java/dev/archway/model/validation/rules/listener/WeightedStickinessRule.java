package dev.archway.model.validation.rules.listener;

import dev.archway.model.Element;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;

/**
 * WEIGHTED-STICKINESS: a forward to several target groups, one of which has sticky sessions, enables target-group
 * stickiness on the action.
 */
public final class WeightedStickinessRule extends KindRule<Element> {
    static final String STICKINESS = "stickiness.enabled";
    private static final int DEFAULT_DURATION = 3600;

    public static final RuleInfo INFO = new RuleInfo("WEIGHTED-STICKINESS", Severity.ERROR,
            "Weighted forwards to sticky target groups enable target-group stickiness",
            "When a forward action splits traffic over several target groups and one of them uses sticky sessions, "
                    + "AWS requires target-group stickiness on the action so that a client stays with one group.",
            AwsDocs.STICKY_SESSIONS);

    public WeightedStickinessRule() {
        super(INFO, ActionsOf.HOLDERS);
    }

    @Override
    public List<Finding> check(Element holder, Topology index) {
        for (Action a : ActionsOf.of(holder)) {
            if (a.type() != ActionType.FORWARD || a.forward().size() < 2 || Boolean.TRUE.equals(a.stickiness())) {
                continue;
            }
            List<TargetGroup> sticky = index.resolve(a.targetGroupIds(), TargetGroup.class).stream()
                    .filter(g -> "true".equalsIgnoreCase(g.attributes().get(STICKINESS))).toList();
            if (!sticky.isEmpty()) {
                return List.of(Finding.of(INFO, holder, "%s splits traffic over sticky target group %s without "
                        + "target-group stickiness".formatted(holder.name(), sticky.get(0).name()), fix(holder)));
            }
        }
        return List.of();
    }

    private static Fix fix(Element holder) {
        String label = "Enable target-group stickiness on " + holder.name();
        if (holder instanceof Listener) {
            return Fixes.edit(label, holder.id(), Listener.class, c -> c.withDefaultActions(sticky(c.defaultActions())));
        }
        return Fixes.edit(label, holder.id(), ListenerRule.class, c -> c.withActions(sticky(c.actions())));
    }

    private static List<Action> sticky(List<Action> actions) {
        return actions.stream().map(a -> a.type() != ActionType.FORWARD || a.forward().size() < 2 ? a
                : new Action(a.type(), a.order(), a.forward(), true,
                        a.stickinessSeconds() == null ? DEFAULT_DURATION : a.stickinessSeconds(), a.redirect(),
                        a.fixedResponse(), a.config())).toList();
    }
}
