package dev.archway.model.rule;

import dev.archway.model.Design;
import dev.archway.model.command.Command;
import java.util.Objects;
import java.util.function.Function;

/**
 * A one-click repair: a label ("Add PublicB to WebAlb") and the undoable command that makes it, built from the design
 * as it is when applied. The GUI and {@code archway validate --fix} push the same command.
 * Two fixes are equal when their labels are: a label names exactly what the fix changes.
 */
public record Fix(String label, Function<Design, Command> command) {

    public Command commandFor(Design design) {
        return command.apply(design);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fix f && label.equals(f.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label);
    }

    @Override
    public String toString() {
        return "Fix[" + label + "]";
    }
}
