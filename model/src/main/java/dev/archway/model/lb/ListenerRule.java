package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-default listener rule: the lowest priority whose conditions all match wins; its transforms then rewrite what
 * the target receives (only a non-default rule has them).
 */
public record ListenerRule(String id, String name, String listenerId, int priority, List<RuleCondition> conditions,
        List<Action> actions, List<RuleTransform> transforms) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.LISTENER_RULE;
    }

    public ListenerRule {
        conditions = Lists.copy(conditions);
        actions = Lists.copy(actions);
        transforms = Lists.copy(transforms);
    }

    /** A rule without transforms. */
    public ListenerRule(String id, String name, String listenerId, int priority, List<RuleCondition> conditions,
            List<Action> actions) {
        this(id, name, listenerId, priority, conditions, actions, List.of());
    }

    @Override
    public ListenerRule withName(String newName) {
        return new ListenerRule(id, newName, listenerId, priority, conditions, actions, transforms);
    }

    public ListenerRule withPriority(int newPriority) {
        return new ListenerRule(id, name, listenerId, newPriority, conditions, actions, transforms);
    }

    public ListenerRule withConditions(List<RuleCondition> newConditions) {
        return new ListenerRule(id, name, listenerId, priority, newConditions, actions, transforms);
    }

    public ListenerRule withActions(List<Action> newActions) {
        return new ListenerRule(id, name, listenerId, priority, conditions, newActions, transforms);
    }

    public ListenerRule withTransforms(List<RuleTransform> newTransforms) {
        return new ListenerRule(id, name, listenerId, priority, conditions, actions, newTransforms);
    }

    @Override
    public List<String> references() {
        List<String> refs = new ArrayList<>(Ids.refs(listenerId));
        actions.forEach(a -> refs.addAll(a.targetGroupIds()));
        return refs;
    }
}
