package dev.archway.model.command;

import dev.archway.model.Design;
import java.util.List;

/** Several commands as one undo step; reverted in reverse order. Listeners hear one change. */
public final class CompositeCommand implements Command {
    private final String label;
    private final List<Command> parts;

    public CompositeCommand(String label, List<Command> parts) {
        this.label = label;
        this.parts = List.copyOf(parts);
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Design design) {
        design.batch(() -> parts.forEach(p -> p.apply(design)));
    }

    @Override
    public void revert(Design design) {
        design.batch(() -> {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).revert(design);
            }
        });
    }
}
