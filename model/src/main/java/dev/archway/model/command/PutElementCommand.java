package dev.archway.model.command;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;

/** Adds an element (optionally with where it is drawn) or replaces it with an edited version. */
public final class PutElementCommand implements Command {
    private final String label;
    private final Element element;
    private final Bounds bounds;
    private Element previous;
    private Bounds previousBounds;

    public PutElementCommand(String label, Element element, Bounds bounds) {
        this.label = label;
        this.element = element;
        this.bounds = bounds;
    }

    public PutElementCommand(String label, Element element) {
        this(label, element, null);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Design design) {
        previous = design.get(element.id());
        previousBounds = design.bounds(element.id());
        design.batch(() -> {
            design.put(element);
            if (bounds != null) {
                design.setBounds(element.id(), bounds);
            }
        });
    }

    @Override
    public void revert(Design design) {
        design.batch(() -> {
            if (previous == null) {
                design.remove(element.id());
            } else {
                design.put(previous);
                design.setBounds(element.id(), previousBounds);
            }
        });
    }
}
