package dev.archway.model.diff;

/**
 * The CloudFormation resource an account element was deployed as: the stack's name and the resource's logical id, as
 * the tags {@code aws:cloudformation:stack-name} and {@code aws:cloudformation:logical-id} CloudFormation puts on
 * what it creates say. {@code stackName} may be null (the tag missing).
 */
public record StackResource(String stackName, String logicalId) {
    public StackResource {
        if (logicalId == null || logicalId.isEmpty()) {
            throw new IllegalArgumentException("a stack resource needs its logical id");
        }
    }
}
