package dev.archway.exporters.cdk;

import dev.archway.exporters.cfn.StackFiles;
import dev.archway.exporters.cfn.StackTemplates;
import dev.archway.model.Design;
import dev.archway.model.stacks.SourceStacks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A design read from several stacks that work together, as one CDK app of as many stacks: each stack is the
 * CloudFormation export of its part of the design written as CDK code ({@link TemplateStackPlanner}), so its
 * Outputs, Exports and {@code Fn::ImportValue}s stay as they were read; it keeps its stack name (an export named
 * after {@code ${AWS::StackName}} keeps its name) and deploys after the stacks it takes elements from.
 */
record CdkStackSet(List<Member> members) {

    /** One stack of the app: its CloudFormation name (or null to let CDK name it), its code, and what it follows. */
    record Member(String stackName, CdkStack stack, List<Member> after) {
    }

    CdkStackSet {
        members = List.copyOf(members);
    }

    /** The app of a design of several stacks; empty for a design of one stack. */
    static Optional<CdkStackSet> of(Design design) {
        if (!SourceStacks.isMultiStack(design)) {
            return Optional.empty();
        }
        Map<String, Set<String>> takesFrom = StackFiles.takesFrom(design);
        Map<String, StackTemplates.StackTemplate> templates = new LinkedHashMap<>();
        StackTemplates.of(design).forEach(t -> templates.put(t.stack(), t));
        Map<String, Member> byStack = new LinkedHashMap<>();
        Set<String> classNames = new HashSet<>();
        for (String stack : deployOrder(takesFrom)) {
            String className = CdkStackPlanner.stackClassName(new Design(stack));
            for (int n = 2; !classNames.add(className); n++) {
                className = CdkStackPlanner.stackClassName(new Design(stack + " " + n));
            }
            StackTemplates.StackTemplate t = templates.get(stack);
            CdkStack code = new TemplateStackPlanner(t.part(), t.template()).stack(className);
            List<Member> after = takesFrom.get(stack).stream().map(byStack::get).toList();
            byStack.put(stack, new Member(isStackName(stack) ? stack : null, code, after));
        }
        return Optional.of(new CdkStackSet(new ArrayList<>(byStack.values())));
    }

    /** The stacks, each after those it takes from (the map holds no cycle), otherwise in the design's order. */
    private static List<String> deployOrder(Map<String, Set<String>> takesFrom) {
        List<String> order = new ArrayList<>();
        takesFrom.keySet().forEach(stack -> visit(stack, takesFrom, order));
        return order;
    }

    private static void visit(String stack, Map<String, Set<String>> takesFrom, List<String> order) {
        if (!order.contains(stack)) {
            takesFrom.get(stack).forEach(s -> visit(s, takesFrom, order));
            order.add(stack);
        }
    }

    /** What CloudFormation takes as a stack name: a letter, then letters, digits and hyphens, 128 at most. */
    static boolean isStackName(String name) {
        return name.length() <= 128 && name.matches("[A-Za-z][-A-Za-z0-9]*");
    }
}
