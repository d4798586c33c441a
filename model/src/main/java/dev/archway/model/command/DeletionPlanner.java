package dev.archway.model.command;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.lb.Listener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What deleting elements takes with it, so that no reference is left dangling (a saved design with one could not be
 * opened again): elements that cannot exist without a deleted one go too (a subnet's instances, a rule forwarding
 * only to a deleted target group), and the others let go of it (see {@link ReferenceDropper}). One undo step.
 */
public final class DeletionPlanner {
    private DeletionPlanner() {
    }

    /**
     * A planned deletion: the command, what it removes, or why it is refused. Like AWS (ResourceInUse), a target
     * group a listener's default action forwards to cannot go while the load balancer stays: the listener would be
     * left with nowhere to send requests.
     */
    public record Deletion(CompositeCommand command, Set<String> removedIds, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /** The deletion of {@code ids} and everything it implies, as one command. */
    public static Deletion plan(Design design, Collection<String> ids, String label) {
        Set<String> gone = closure(design, ids);
        String refusal = refusal(design, gone);
        if (refusal != null) {
            return new Deletion(null, gone, refusal);
        }
        List<Command> parts = new ArrayList<>();
        rewrites(design, gone).values().forEach(e -> parts.add(new PutElementCommand(label, e)));
        parts.add(new RemoveElementsCommand(label, new ArrayList<>(gone)));
        return new Deletion(new CompositeCommand(label, parts), gone, null);
    }

    private static String refusal(Design design, Set<String> gone) {
        for (Listener listener : design.all(Listener.class)) {
            if (gone.contains(listener.id()) && !gone.contains(listener.loadBalancerId())) {
                String groups = listener.defaultActions().stream().flatMap(a -> a.targetGroupIds().stream())
                        .filter(gone::contains).map(design::nameOf).distinct().reduce((a, b) -> a + ", " + b)
                        .orElse("a deleted target group");
                return groups + " is the default action of listener " + listener.name()
                        + "; give the listener another default action first";
            }
        }
        return null;
    }

    private static Set<String> closure(Design design, Collection<String> ids) {
        Set<String> gone = new LinkedHashSet<>();
        ids.stream().filter(id -> design.get(id) != null).forEach(gone::add);
        boolean grew = true;
        while (grew) {
            grew = false;
            ReferenceDropper dropper = new ReferenceDropper(gone);
            for (Element e : design.elements()) {
                if (!gone.contains(e.id()) && refersToAny(e, gone) && dropper.without(e) == null) {
                    gone.add(e.id());
                    grew = true;
                }
            }
        }
        return gone;
    }

    private static Map<String, Element> rewrites(Design design, Set<String> gone) {
        ReferenceDropper dropper = new ReferenceDropper(gone);
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element e : design.elements()) {
            if (!gone.contains(e.id()) && refersToAny(e, gone)) {
                out.put(e.id(), dropper.without(e));
            }
        }
        return out;
    }

    private static boolean refersToAny(Element e, Set<String> ids) {
        return e.references().stream().anyMatch(ids::contains);
    }
}
