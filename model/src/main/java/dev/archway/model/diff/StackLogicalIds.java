package dev.archway.model.diff;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.stacks.SourceStacks;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tells which design element a CloudFormation-deployed account element was deployed from. The account side is known
 * from its tags ({@link StackResource}); a design element imported from a template has the resource's logical id as
 * its id (a template without Archway's metadata), or the name the logical id was derived from (compared as the
 * exporter derives one: letters and digits, case aside), in a design of several stacks its name in its own template.
 * Stacks are compared where both sides know one.
 */
final class StackLogicalIds {
    private final Design design;
    private final Map<String, StackResource> deployedBy;

    /** {@code design} is the whole design (it knows the stacks); {@code deployedBy} by account element id. */
    StackLogicalIds(Design design, Map<String, StackResource> deployedBy) {
        this.design = design;
        this.deployedBy = Map.copyOf(deployedBy);
    }

    boolean isEmpty() {
        return deployedBy.isEmpty();
    }

    StackResource of(Element account) {
        return deployedBy.get(account.id());
    }

    /** Whether the design element carries the resource's logical id. */
    boolean hasLogicalId(Element d, StackResource r) {
        if (d.id().equals(r.logicalId())) {
            return true;
        }
        Object local = SourceStacks.localName(design, d.id());
        return asLogicalId(local instanceof String s ? s : d.name()).equals(asLogicalId(r.logicalId()));
    }

    /** Whether the design element's stack is the resource's, where both are known. */
    boolean sameStack(Element d, StackResource r) {
        String stack = SourceStacks.stackOf(design, d.id());
        return stack == null || r.stackName() == null || Objects.equals(stack, r.stackName());
    }

    private static String asLogicalId(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
