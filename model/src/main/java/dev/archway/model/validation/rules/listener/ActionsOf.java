package dev.archway.model.validation.rules.listener;

import dev.archway.model.Element;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.query.Topology;
import java.util.List;

/** The actions of a listener (its default rule) or of a listener rule, and the listener they run on. */
final class ActionsOf {
    static final List<Class<? extends Element>> HOLDERS = List.of(Listener.class, ListenerRule.class);

    private ActionsOf() {
    }

    static List<Action> of(Element holder) {
        if (holder instanceof Listener l) {
            return l.defaultActions();
        }
        return holder instanceof ListenerRule r ? r.actions() : List.of();
    }

    static Listener listenerOf(Element holder, Topology index) {
        if (holder instanceof Listener l) {
            return l;
        }
        return holder instanceof ListenerRule r ? index.get(r.listenerId(), Listener.class) : null;
    }
}
