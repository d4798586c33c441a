package dev.archway.exporters.cdk;

import java.util.List;

/**
 * What a generated app defines: one stack, or, for a design past CloudFormation's limits, a top-level stack (no
 * statements of its own) that builds one {@link CdkNestedStack} per part of the plan, in an order where each gets
 * the constructs it needs from stacks built before it.
 */
public record CdkApp(CdkStack stack, List<CdkNestedStack> nested) {

    public CdkApp {
        nested = List.copyOf(nested);
    }

    public boolean isSplit() {
        return !nested.isEmpty();
    }
}
