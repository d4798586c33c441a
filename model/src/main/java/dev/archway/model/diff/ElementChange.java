package dev.archway.model.diff;

import dev.archway.model.Bounds;
import dev.archway.model.Element;
import dev.archway.model.Lists;
import java.util.List;

/**
 * How one element differs between two designs: {@code before} is null for an added element, {@code after} for a
 * removed one. {@code fields} names what changed (record components, and {@code layout} when only where it is drawn
 * moved); it is empty for added and removed elements.
 */
public record ElementChange(Type type, String id, Element before, Element after, Bounds beforeBounds,
        Bounds afterBounds, List<String> fields) {

    public enum Type {
        ADDED, REMOVED, CHANGED
    }

    public ElementChange {
        fields = Lists.copy(fields);
    }

    /** The element as it is in the design that has it (the target, unless it is removed). */
    public Element element() {
        return after != null ? after : before;
    }

    /** Where the element is drawn in the design that has it (the target's place, unless it is removed). */
    public Bounds bounds() {
        return after != null && afterBounds != null ? afterBounds : beforeBounds;
    }

    public String name() {
        return element().name();
    }
}
