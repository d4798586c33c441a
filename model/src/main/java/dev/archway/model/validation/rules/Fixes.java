package dev.archway.model.validation.rules;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.rule.Fix;
import java.util.function.UnaryOperator;

/** Ways rules build their fixes: replace one element by an edited version of itself, as it is when applied. */
public final class Fixes {
    private Fixes() {
    }

    /** A fix that replaces element {@code id} by {@code edit} of its current version. */
    public static <T extends Element> Fix edit(String label, String id, Class<T> type, UnaryOperator<T> edit) {
        return new Fix(label, design -> new PutElementCommand(label, edit.apply(current(design, id, type))));
    }

    public static <T extends Element> T current(Design design, String id, Class<T> type) {
        T element = design.get(id, type);
        if (element == null) {
            throw new IllegalStateException(id + " is no longer in the design");
        }
        return element;
    }
}
