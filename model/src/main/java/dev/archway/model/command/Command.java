package dev.archway.model.command;

import dev.archway.model.Design;
import java.util.Optional;

/** One undoable change to a design. A command holds no GUI state; it gets the design it works on. */
public interface Command {

    /** What the change is, for "Undo ..." in a menu. */
    String label();

    void apply(Design design);

    void revert(Design design);

    /** A command that follows this one and can fold into it (successive moves of the same elements). */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }
}
