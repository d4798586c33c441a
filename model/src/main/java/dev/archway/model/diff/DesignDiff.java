package dev.archway.model.diff;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementFields;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.command.RemoveElementsCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The difference between two designs, element by element (matched by id, which stays the same for an element's
 * life): what the target adds, removes and changes, and the one command that turns the first design into the
 * target. The design's name and kept CloudFormation extras are not compared.
 */
public final class DesignDiff {
    private final List<ElementChange> changes;

    private DesignDiff(List<ElementChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /** What {@code to} has that {@code from} does not: removed elements first, then changed, then added. */
    public static DesignDiff between(Design from, Design to) {
        List<ElementChange> removed = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        List<ElementChange> added = new ArrayList<>();
        for (Element before : from.elements()) {
            Element after = to.get(before.id());
            if (after == null) {
                removed.add(new ElementChange(ElementChange.Type.REMOVED, before.id(), before, null,
                        from.bounds(before.id()), null, List.of()));
                continue;
            }
            List<String> fields = changedFields(before, after, from.bounds(before.id()), to.bounds(before.id()));
            if (!fields.isEmpty()) {
                changed.add(new ElementChange(ElementChange.Type.CHANGED, before.id(), before, after,
                        from.bounds(before.id()), to.bounds(before.id()), fields));
            }
        }
        for (Element after : to.elements()) {
            if (!from.contains(after.id())) {
                added.add(new ElementChange(ElementChange.Type.ADDED, after.id(), null, after, null,
                        to.bounds(after.id()), List.of()));
            }
        }
        List<ElementChange> all = new ArrayList<>(removed);
        all.addAll(changed);
        all.addAll(added);
        return new DesignDiff(all);
    }

    /**
     * The record components that differ, then {@code layout} if the target places the element elsewhere (a target
     * that does not place it at all keeps the current place).
     */
    static List<String> changedFields(Element before, Element after, Bounds beforeBounds, Bounds afterBounds) {
        List<String> fields = new ArrayList<>();
        if (!before.equals(after)) {
            fields.addAll(ElementFields.differing(before, after));
        }
        if (afterBounds != null && !afterBounds.equals(beforeBounds)) {
            fields.add("layout");
        }
        return fields;
    }

    public List<ElementChange> changes() {
        return changes;
    }

    public List<ElementChange> of(ElementChange.Type type) {
        return changes.stream().filter(c -> c.type() == type).toList();
    }

    public List<String> added() {
        return ids(ElementChange.Type.ADDED);
    }

    public List<String> removed() {
        return ids(ElementChange.Type.REMOVED);
    }

    public List<String> changed() {
        return ids(ElementChange.Type.CHANGED);
    }

    private List<String> ids(ElementChange.Type type) {
        return of(type).stream().map(ElementChange::id).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * One undoable command that turns the first design into the target: removes what goes, then puts every changed
     * and added element with its place. A renamed element is taken out first as well, so names can move between
     * elements (a swap) without two holding one name at once. Undo restores the first design.
     */
    public Command command(String label) {
        List<Command> parts = new ArrayList<>();
        List<String> out = new ArrayList<>(removed());
        of(ElementChange.Type.CHANGED).stream().filter(c -> !c.before().name().equals(c.after().name()))
                .forEach(c -> out.add(c.id()));
        if (!out.isEmpty()) {
            parts.add(new RemoveElementsCommand(label, out));
        }
        for (ElementChange c : changes) {
            if (c.type() != ElementChange.Type.REMOVED) {
                parts.add(new PutElementCommand(label, c.after(), c.bounds()));
            }
        }
        return new CompositeCommand(label, parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DesignDiff d && changes.equals(d.changes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(changes);
    }

    @Override
    public String toString() {
        return "DesignDiff[added " + added() + ", removed " + removed() + ", changed " + changed() + "]";
    }
}
