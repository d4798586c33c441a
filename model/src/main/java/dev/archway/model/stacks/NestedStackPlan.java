package dev.archway.model.stacks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a design's CloudFormation export divides into nested stacks. {@code parts} are in deployment order (each
 * depends only on earlier ones); {@code needsSplit} says whether the single template would break a limit, and so
 * whether the export writes a parent and these parts at all. {@code resources}, {@code parameters} and
 * {@code outputs} are what the single template would hold.
 */
public record NestedStackPlan(List<StackPart> parts, int resources, int parameters, int outputs, boolean needsSplit) {

    public NestedStackPlan {
        parts = List.copyOf(parts);
    }

    /** Whether the whole design fits one stack within {@code limits} (a plan made for other limits can tell). */
    public boolean fitsIn(StackLimits limits) {
        return limits.admit(resources, parameters, outputs);
    }

    /** The part an element is in, or null for an element without resources (regions, AZs, applications). */
    public StackPart partOf(String elementId) {
        return partsByElement().get(elementId);
    }

    public Map<String, StackPart> partsByElement() {
        Map<String, StackPart> out = new HashMap<>();
        parts.forEach(p -> p.elementIds().forEach(id -> out.put(id, p)));
        return out;
    }

    public StackPart part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The parts with their resource counts: {@code network (86), lb-v0-alb (210)}. */
    public String summary() {
        return parts.stream().map(p -> p.name() + " (" + p.resources() + ")").collect(Collectors.joining(", "));
    }
}
