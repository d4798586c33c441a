package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import java.util.Map;

/**
 * The parts of an imported template that belong to no element (its own Parameters, Mappings, Conditions, Rules,
 * Outputs, Transform, Description, Metadata), kept in the design's CloudFormation extras under {@link #ID} so that
 * export writes them back and the kept resources still find what they refer to.
 */
public final class TemplateExtras {
    /** The extras key of the template itself; no element has this id. */
    public static final String ID = "@template";

    private TemplateExtras() {
    }

    static Map<String, Object> of(Design design) {
        return design.cfnExtras(ID);
    }
}
