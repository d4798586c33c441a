package dev.archway.model.command;

import dev.archway.model.Design;
import java.util.Map;

/** Replaces what an element carries through from its template (its CloudFormation extras). */
public final class SetCfnExtrasCommand implements Command {
    private final String label;
    private final String elementId;
    private final Map<String, Object> extras;
    private Map<String, Object> previous;

    public SetCfnExtrasCommand(String label, String elementId, Map<String, Object> extras) {
        this.label = label;
        this.elementId = elementId;
        this.extras = dev.archway.model.Lists.copyOrdered(extras); // template order
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Design design) {
        previous = design.cfnExtras(elementId);
        design.setCfnExtras(elementId, extras);
    }

    @Override
    public void revert(Design design) {
        design.setCfnExtras(elementId, previous);
    }
}
