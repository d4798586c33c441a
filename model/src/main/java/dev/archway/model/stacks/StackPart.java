package dev.archway.model.stacks;

import java.util.List;

/**
 * One nested stack of a plan: its elements (in an order where references point backwards, except within a cycle),
 * its resource count, the Parameters and Outputs it needs (template parameters plus values crossing stacks), the
 * parts it depends on (by name, earlier in the plan) and the references it takes from elements of other parts.
 */
public record StackPart(String name, List<String> elementIds, int resources, int parameters, int outputs,
        List<String> dependsOn, List<CfnReference> imports) {

    public StackPart {
        elementIds = List.copyOf(elementIds);
        dependsOn = List.copyOf(dependsOn);
        imports = List.copyOf(imports);
    }

    /** Whether the part stays within the limits (resources, parameters, outputs). */
    public boolean fits(StackLimits limits) {
        return limits.admit(resources, parameters, outputs);
    }
}
