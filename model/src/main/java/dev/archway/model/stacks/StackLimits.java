package dev.archway.model.stacks;

/**
 * The most a single CloudFormation template may hold. The 1 MB size limit is the exporter's to check: the model
 * cannot know how many bytes an element's resources take.
 */
public record StackLimits(int resources, int parameters, int outputs) {
    /** CloudFormation quotas: 500 resources, 200 parameters and 200 outputs per template. */
    public static final StackLimits CLOUDFORMATION = new StackLimits(500, 200, 200);

    public StackLimits {
        if (resources < 1 || parameters < 1 || outputs < 1) {
            throw new IllegalArgumentException("limits must be positive: " + resources + "/" + parameters + "/"
                    + outputs);
        }
    }

    /** Whether one template of these counts stays within the limits. */
    public boolean admit(int resourceCount, int parameterCount, int outputCount) {
        return resourceCount <= resources && parameterCount <= parameters && outputCount <= outputs;
    }

    /** The same limits with at most {@code max} resources per template. */
    public StackLimits withResources(int max) {
        return new StackLimits(max, parameters, outputs);
    }
}
