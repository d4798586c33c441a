package dev.archway.model.validation;

import dev.archway.model.Design;
import dev.archway.model.command.Command;
import dev.archway.model.rule.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies every available fix, one at a time, re-validating after each (a fix may settle other findings or offer new
 * ones), as one undoable step. A fix is tried at most once per finding, so the loop ends. Redo replays the same fixes.
 */
public final class FixAllCommand implements Command {
    private static final int MAX_FIXES = 1000;
    private final Validator validator;
    private final List<Command> applied = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private boolean computed;

    public FixAllCommand(Validator validator) {
        this.validator = validator;
    }

    @Override
    public String label() {
        return "Fix all findings";
    }

    /** The labels of the fixes applied, in order (after {@link #apply}). */
    public List<String> appliedLabels() {
        return List.copyOf(labels);
    }

    @Override
    public void apply(Design design) {
        if (computed) {
            design.batch(() -> applied.forEach(c -> c.apply(design)));
            return;
        }
        computed = true;
        design.batch(() -> fixUntilNothingIsLeft(design));
    }

    private void fixUntilNothingIsLeft(Design design) {
        Set<String> tried = new HashSet<>();
        while (applied.size() < MAX_FIXES) {
            Finding next = validator.validate(design).stream()
                    .filter(f -> f.fix().isPresent() && tried.add(f.summary() + " / " + f.fix().get().label()))
                    .findFirst().orElse(null);
            if (next == null) {
                return;
            }
            try {
                Command command = next.fix().get().commandFor(design);
                command.apply(design);
                applied.add(command);
                labels.add(next.fix().get().label());
            } catch (RuntimeException e) {
                // the fix no longer fits the design as earlier fixes left it: leave that finding for the user
            }
        }
    }

    @Override
    public void revert(Design design) {
        design.batch(() -> {
            for (int i = applied.size() - 1; i >= 0; i--) {
                applied.get(i).revert(design);
            }
        });
    }
}
