package dev.archway.app.ui.inspector;

import dev.archway.model.Design;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.query.Topology;
import java.util.List;

/** A listener's rules in priority order: priority, conditions and actions, each editable with inline validation. */
final class ListenerRulesTable extends EditableTable<ListenerRule> {
    private final Inspector inspector;

    /** {@code onlyRule}: show just that rule (a rule selected on the diagram), or null for all of the listener's. */
    ListenerRulesTable(Inspector inspector, String listenerId, String onlyRule) {
        super(onlyRule == null ? "Rules (evaluated by priority)" : "Rule");
        this.inspector = inspector;
        setId("listener-rules");
        Design design = design();
        Listener listener = listenerId == null ? null : design.get(listenerId, Listener.class);
        List<ListenerRule> rules = onlyRule != null ? List.of(design.get(onlyRule, ListenerRule.class))
                : listener == null ? List.of() : new Topology(design).rulesOf(listener);
        table.getItems().setAll(rules);
        column("Priority", 62, r -> String.valueOf(r.priority()), this::priority);
        column("Conditions", 190, r -> RuleText.conditions(r.conditions()), this::conditions);
        column("Actions", 150, r -> RuleText.actions(design(), r.actions()), this::actions);
        fitRows();
    }

    private Design design() {
        return inspector.document().design();
    }

    private String priority(ListenerRule r, String v) {
        String problem = PropertyForm.intRange(v, 1, 50000);
        if (problem != null) {
            return problem;
        }
        int p = Integer.parseInt(v.trim());
        boolean taken = design().all(ListenerRule.class).stream().anyMatch(o -> !o.id().equals(r.id())
                && o.listenerId() != null && o.listenerId().equals(r.listenerId()) && o.priority() == p);
        if (taken) {
            return "priority " + p + " is already used on this listener";
        }
        inspector.edit("Edit priority of " + r.name(), r.withPriority(p));
        return null;
    }

    private String conditions(ListenerRule r, String v) {
        try {
            inspector.edit("Edit conditions of " + r.name(), r.withConditions(RuleText.parseConditions(v)));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String actions(ListenerRule r, String v) {
        try {
            inspector.edit("Edit actions of " + r.name(), r.withActions(RuleText.parseActions(design(), v)));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
