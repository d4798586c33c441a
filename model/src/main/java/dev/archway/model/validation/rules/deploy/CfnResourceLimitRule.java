package dev.archway.model.validation.rules.deploy;

import dev.archway.model.Design;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.DesignRule;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.stacks.CfnResourceCount;
import dev.archway.model.stacks.NestedStackPlan;
import dev.archway.model.stacks.SourceStacks;
import dev.archway.model.stacks.StackLimits;
import dev.archway.model.stacks.StackPart;
import dev.archway.model.stacks.StackPlanner;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CFN-RESOURCE-LIMIT: the design's CloudFormation template stays well under the 500 resources one template may hold.
 * Past {@value #THRESHOLD} resources the rule warns, and says how the export splits the design into nested stacks
 * (the same {@link StackPlanner} the export uses, so the message is what export writes). A design of several stacks
 * exports one template per stack, so there each stack counts on its own.
 */
public final class CfnResourceLimitRule implements DesignRule {
    /** 80% of the limit: room for a few more services before the design has to deploy as nested stacks. */
    static final int THRESHOLD = 400;
    private static final int PARTS_NAMED = 8;

    public static final RuleInfo INFO = new RuleInfo("CFN-RESOURCE-LIMIT", Severity.WARNING,
            "The CloudFormation template stays under 400 of the 500 resources a template may hold",
            "CloudFormation refuses a template of more than 500 resources (and 200 parameters, 200 outputs, 1 MB). "
                    + "Past that, Archway's export writes a parent template with nested stacks, one per part of the "
                    + "design (network, DNS, compute, each load balancer, data, records), which deploy together "
                    + "after `aws cloudformation package`. The warning starts at 400 resources, so that the split "
                    + "comes as no surprise.",
            AwsDocs.CFN_QUOTAS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** It counts and plans the whole design: on 10,000 elements that is about 10 ms, twice an edit's budget. */
    @Override
    public boolean costly() {
        return true;
    }

    @Override
    public List<Finding> check(Topology index) {
        Design design = index.design();
        CfnResourceCount counts = new CfnResourceCount(design);
        if (SourceStacks.isMultiStack(design)) {
            return perStack(design, counts);
        }
        if (counts.total() <= THRESHOLD) {
            return List.of();
        }
        NestedStackPlan plan = StackPlanner.plan(design, counts);
        return List.of(Finding.of(INFO, List.of(), message(plan), null));
    }

    /** A design of several stacks exports one template per stack: each stack counts on its own. */
    private static List<Finding> perStack(Design design, CfnResourceCount counts) {
        Map<String, Integer> byStack = new LinkedHashMap<>();
        design.elements().forEach(e -> {
            String stack = SourceStacks.stackOf(design, e.id());
            if (stack != null) {
                byStack.merge(stack, counts.resources(e), Integer::sum);
            }
        });
        int limit = StackLimits.CLOUDFORMATION.resources();
        return byStack.entrySet().stream().filter(s -> s.getValue() > THRESHOLD).map(s -> Finding.of(INFO, List.of(),
                "stack %s has %d resources, %s the %d of one CloudFormation template".formatted(s.getKey(),
                        s.getValue(), s.getValue() > limit ? "more than" : "close to", limit), null)).toList();
    }

    static String message(NestedStackPlan plan) {
        int limit = StackLimits.CLOUDFORMATION.resources();
        String parts = describe(plan.parts());
        if (plan.needsSplit()) {
            return ("%d resources, more than the %d of one CloudFormation template: export writes a parent and %d "
                    + "nested stacks: %s").formatted(plan.resources(), limit, plan.parts().size(), parts);
        }
        return ("%d resources, close to the %d of one CloudFormation template; past it, export writes a parent and "
                + "nested stacks: %s").formatted(plan.resources(), limit, parts);
    }

    private static String describe(List<StackPart> parts) {
        String named = parts.stream().limit(PARTS_NAMED).map(p -> p.name() + " (" + p.resources() + ")")
                .collect(Collectors.joining(", "));
        return parts.size() <= PARTS_NAMED ? named : named + " and " + (parts.size() - PARTS_NAMED) + " more";
    }
}
