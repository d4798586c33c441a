package dev.archway.model.edit;

import dev.archway.model.Bounds;
import dev.archway.model.Element;
import java.util.List;
import java.util.Map;

/** Copied elements (with what they contain) and where they were drawn; a paste makes fresh copies of them. */
public record Clipboard(List<Element> elements, Map<String, Bounds> bounds) {
    public static final Clipboard EMPTY = new Clipboard(List.of(), Map.of());

    public Clipboard {
        elements = List.copyOf(elements);
        bounds = Map.copyOf(bounds);
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }
}
