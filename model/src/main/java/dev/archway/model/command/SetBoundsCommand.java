package dev.archway.model.command;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Moves or resizes elements on the diagram. Successive moves of the same elements merge into one undo step. */
public final class SetBoundsCommand implements Command {
    private final String label;
    private final Map<String, Bounds> target;
    private final Map<String, Bounds> previous = new LinkedHashMap<>();

    public SetBoundsCommand(String label, Map<String, Bounds> target) {
        this.label = label;
        this.target = Map.copyOf(target);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Design design) {
        previous.clear();
        target.keySet().forEach(id -> previous.put(id, design.bounds(id)));
        design.batch(() -> target.forEach(design::setBounds));
    }

    @Override
    public void revert(Design design) {
        design.batch(() -> previous.forEach(design::setBounds));
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (next instanceof SetBoundsCommand move && move.target.keySet().equals(target.keySet())
                && move.label.equals(label)) {
            SetBoundsCommand merged = new SetBoundsCommand(label, move.target);
            merged.previous.putAll(previous);
            return Optional.of(merged);
        }
        return Optional.empty();
    }
}
