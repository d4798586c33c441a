package dev.archway.app.ui.assume;

import dev.archway.exporters.InputException;
import dev.archway.exporters.assume.AssumedDesign;
import dev.archway.exporters.assume.Assumptions;
import dev.archway.model.Design;
import dev.archway.model.command.ReplaceDesignCommand;
import dev.archway.model.edit.Edit;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The Assumptions panel's changes as undoable edits: the design re-evaluated under the new assumption (through
 * {@link AssumedDesign}, as the command line's {@code --param} and {@code --assume}) replaces the open one.
 */
final class AssumptionEdits {
    private AssumptionEdits() {
    }

    /** Assume {@code value} for a Parameter; null goes back to its default. */
    static Edit parameter(Design design, String name, String value) {
        Map<String, String> values = new HashMap<>();
        values.put(name, value);
        String label = value == null ? "Use the default of " + name : "Assume " + name + " = " + value;
        return edit(design, new Assumptions(values, Map.of(), Path.of(design.name()), false), label);
    }

    /** Give one fact about an outside element ({@code subnets.Name}, {@code vpcs.Name}); null makes it unknown. */
    static Edit fact(Design design, String element, String fact, Object value, String label) {
        Map<String, Object> given = new HashMap<>();
        given.put(fact, value);
        return edit(design, new Assumptions(Map.of(), Map.of(element, given), Path.of(design.name()), false), label);
    }

    private static Edit edit(Design design, Assumptions assumptions, String label) {
        try {
            return Edit.of(new ReplaceDesignCommand(label, AssumedDesign.apply(design, assumptions)));
        } catch (InputException e) {
            return Edit.refused(e.problem());
        }
    }
}
