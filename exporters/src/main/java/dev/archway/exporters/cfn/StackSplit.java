package dev.archway.exporters.cfn;

import dev.archway.model.stacks.CfnReference;
import dev.archway.model.stacks.StackPart;
import dev.archway.model.stacks.NestedStackPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a design's single template into a parent and one nested stack per part of a {@link NestedStackPlan}, keeping
 * every resource's logical id. A value one stack takes from another becomes an Output of the owner and a Parameter of the
 * user, wired in the parent with {@code !GetAtt Owner.Outputs.Name}; for a Ref the Parameter takes the resource's
 * name, so the child's {@code !Ref Vpc} reads as in the single template. A DependsOn on another stack's resource
 * becomes a DependsOn between the two stacks, and the parent's {@code Metadata.Archway} keeps the original for import.
 * Each stack's {@code Metadata.Archway} has the layout of its elements, the first also the elements without a
 * resource, so that the parent stays small.
 */
final class StackSplit {
    static final String STACK_TYPE = "AWS::CloudFormation::Stack";
    static final String STACKS = "Stacks";
    static final String CROSS_STACK_DEPENDS_ON = "CrossStackDependsOn";
    static final String FOLDER = "stacks/";
    static final String ELEMENTS = "Elements";
    static final String OTHERS = "Others";
    private static final int MAX_PARAMETERS = 200;
    private static final List<String> COPIED_SECTIONS = List.of("Rules", "Mappings", "Conditions");

    /** The parent template and the children by path relative to it ({@code stacks/network.yaml}). */
    record Split(Map<String, Object> parent, Map<String, Map<String, Object>> children) {
    }

    private final Map<String, Object> single;
    private final Map<String, Object> resources;
    private final Map<String, Object> parameters;
    private final Set<String> outputNames;
    private final Map<String, String> partOf = new HashMap<>();
    private final Map<String, Child> children = new LinkedHashMap<>();
    private final Map<String, String> stackIds = new HashMap<>();
    private final Map<String, String> wires = new HashMap<>();
    private final Map<String, String> wireOwners = new HashMap<>();
    private final Map<String, Object> crossDependsOn = new LinkedHashMap<>();
    private final LogicalIds names = new LogicalIds();
    private final String extension;

    private StackSplit(Map<String, Object> single, Map<String, String> ownerOf, NestedStackPlan plan,
            String extension) {
        this.single = single;
        this.extension = extension;
        this.resources = Cfn.asMap(single.get("Resources"));
        this.parameters = Cfn.orEmpty(single.get("Parameters"));
        this.outputNames = Cfn.orEmpty(single.get("Outputs")).keySet();
        Map<String, StackPart> byElement = plan.partsByElement();
        for (String lid : resources.keySet()) {
            StackPart part = byElement.get(ownerOf.get(lid));
            if (part == null) {
                throw new IllegalStateException("resource " + lid + " is in no stack of the plan");
            }
            partOf.put(lid, part.name());
        }
        resources.keySet().forEach(names::claim);
        parameters.keySet().forEach(names::claim);
        outputNames.forEach(names::claim);
        LogicalIds parentIds = new LogicalIds();
        parameters.keySet().forEach(parentIds::claim);
        for (StackPart part : plan.parts()) {
            if (partOf.containsValue(part.name())) {
                children.put(part.name(), new Child(part.name()));
                stackIds.put(part.name(), parentIds.claim(capitalized(LogicalIds.sanitize(part.name(), "Part")) + "Stack"));
            }
        }
    }

    static Split split(Map<String, Object> single, Map<String, String> ownerOf, NestedStackPlan plan,
            String extension) {
        return new StackSplit(single, ownerOf, plan, extension).run();
    }

    /** The file of a part's template, relative to the parent. */
    static String file(String part, String extension) {
        return FOLDER + part + extension;
    }

    private Split run() {
        resources.forEach((lid, resource) -> {
            Child child = children.get(partOf.get(lid));
            child.resources.put(lid, resource(child, lid, Cfn.asMap(resource)));
        });
        Cfn.orEmpty(single.get("Outputs")).forEach((name, output) -> {
            Child child = children.get(partOfOutput(output));
            child.outputs.put(name, rewrite(output, child));
        });
        Map<String, Object> elements = Cfn.orEmpty(archway().get(ELEMENTS));
        Map<String, Object> unplaced = new LinkedHashMap<>();
        elements.forEach((lid, entry) -> {
            Child child = partOf.containsKey(lid) ? children.get(partOf.get(lid)) : null;
            (child == null ? unplaced : child.elements).put(lid, Cfn.copy(entry));
        });
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        children.values().forEach(c -> files.put(file(c.part, extension), c.template()));
        Map<String, Set<String>> dependencies = dependencies();
        String inCycle = TemplateChecks.cycle(dependencies, dependencies.keySet());
        if (inCycle != null) {
            throw new IllegalStateException("nested stacks would depend on each other in a circle through " + inCycle);
        }
        return new Split(parent(unplaced), files);
    }

    private Map<String, Object> resource(Child child, String lid, Map<String, Object> resource) {
        Map<String, Object> out = new LinkedHashMap<>();
        resource.forEach((key, value) -> {
            if (key.equals("DependsOn")) {
                Object kept = dependsOn(child, lid, value);
                if (kept != null) {
                    out.put(key, kept);
                }
            } else {
                out.put(key, key.equals("Type") ? value : rewrite(value, child));
            }
        });
        return out;
    }

    /** The DependsOn within the child; the rest becomes a dependency between stacks. */
    private Object dependsOn(Child child, String lid, Object value) {
        List<String> targets = Cfn.dependsOnTargets(value);
        List<String> kept = new ArrayList<>();
        for (String target : targets) {
            String owner = partOf.get(target);
            if (owner == null || owner.equals(child.part)) {
                kept.add(target);
            } else {
                child.stackDependsOn.add(owner);
            }
        }
        if (kept.size() < targets.size()) {
            crossDependsOn.put(lid, Cfn.copy(value));
        }
        if (kept.isEmpty()) {
            return null;
        }
        return value instanceof List<?> ? new ArrayList<Object>(kept) : kept.get(0);
    }

    private Object rewrite(Object value, Child child) {
        return ReferenceRewriter.rewrite(value, new ReferenceRewriter.Rule() {
            @Override
            public Object ref(String name) {
                String wire = wire(child, name, CfnReference.REF);
                return wire == null ? null : Cfn.ref(wire);
            }

            @Override
            public Object getAtt(String name, String attribute) {
                String wire = wire(child, name, attribute);
                return wire == null ? null : Cfn.ref(wire);
            }

            @Override
            public String subVariable(String variable) {
                int dot = variable.indexOf('.');
                String wire = dot < 0 ? wire(child, variable, CfnReference.REF)
                        : wire(child, variable.substring(0, dot), variable.substring(dot + 1));
                return wire == null ? null : "${" + wire + "}";
            }
        });
    }

    /**
     * The Parameter of {@code child} that carries {@code attribute} of resource {@code name} from the stack that owns
     * it, wired in the parent and output by the owner; null when no wire is needed (the same stack, a template
     * parameter, a pseudo parameter).
     */
    private String wire(Child child, String name, String attribute) {
        if (parameters.containsKey(name)) {
            child.templateParameters.add(name);
            return null;
        }
        String ownerPart = partOf.get(name);
        if (ownerPart == null || ownerPart.equals(child.part)) {
            return null;
        }
        boolean ref = attribute.equals(CfnReference.REF);
        String wire = wires.computeIfAbsent(name + "\u0000" + attribute, k -> ref && !outputNames.contains(name) ? name
                : names.claim(name + LogicalIds.sanitize(attribute, "Value")));
        wireOwners.put(wire, ownerPart);
        children.get(ownerPart).outputs.putIfAbsent(wire, Cfn.map("Value", ref ? Cfn.ref(name)
                : Cfn.getAtt(name, attribute)));
        child.wiredParameters.putIfAbsent(wire, Cfn.getAtt(stackIds.get(ownerPart), "Outputs." + wire));
        return wire;
    }

    /** An Output goes with the first resource it names, else with the first stack. */
    private String partOfOutput(Object output) {
        return ReferenceRewriter.namesIn(output).stream().filter(partOf::containsKey).map(partOf::get).findFirst()
                .orElse(children.keySet().iterator().next());
    }

    private Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        children.values().forEach(c -> out.put(c.part, c.dependsOn()));
        return out;
    }

    private Map<String, Object> archway() {
        return Cfn.orEmpty(Cfn.orEmpty(single.get("Metadata")).get(CfnMetadata.KEY));
    }

    private Map<String, Object> parent(Map<String, Object> unplaced) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("AWSTemplateFormatVersion", "2010-09-09");
        t.put("Description", single.get("Description"));
        Map<String, Object> metadata = new LinkedHashMap<>(Cfn.orEmpty(Cfn.copy(single.get("Metadata"))));
        Map<String, Object> archway = new LinkedHashMap<>(archway());
        archway.remove(ELEMENTS);
        archway.remove(OTHERS);
        if (!unplaced.isEmpty()) {
            archway.put(ELEMENTS, unplaced);
        }
        Map<String, Object> stacks = new LinkedHashMap<>();
        children.keySet().forEach(part -> stacks.put(part, file(part, extension)));
        archway.put(STACKS, stacks);
        if (!crossDependsOn.isEmpty()) {
            archway.put(CROSS_STACK_DEPENDS_ON, crossDependsOn);
        }
        metadata.put(CfnMetadata.KEY, archway);
        t.put("Metadata", metadata);
        boolean passParameters = !parameters.isEmpty() && parameters.size() <= MAX_PARAMETERS;
        if (passParameters) {
            t.put("Parameters", Cfn.copy(parameters));
        }
        Map<String, Object> stackResources = new LinkedHashMap<>();
        children.values().forEach(c -> stackResources.put(stackIds.get(c.part), c.stackResource(passParameters)));
        t.put("Resources", stackResources);
        return t;
    }

    private static String capitalized(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }


    /** One nested stack being written. */
    private final class Child {
        final String part;
        final Map<String, Object> resources = new LinkedHashMap<>();
        final Map<String, Object> outputs = new LinkedHashMap<>();
        final Map<String, Object> wiredParameters = new LinkedHashMap<>();
        final Set<String> templateParameters = new LinkedHashSet<>();
        final Set<String> stackDependsOn = new LinkedHashSet<>();
        final Map<String, Object> elements = new LinkedHashMap<>();

        Child(String part) {
            this.part = part;
        }

        /** The stacks this one waits for: those it takes values from, and those it only depends on. */
        Set<String> dependsOn() {
            Set<String> out = new LinkedHashSet<>(valueSources());
            out.addAll(stackDependsOn);
            return out;
        }

        private Set<String> valueSources() {
            Set<String> out = new LinkedHashSet<>();
            wiredParameters.keySet().forEach(w -> out.add(wireOwners.get(w)));
            return out;
        }

        Map<String, Object> stackResource(boolean passParameters) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("Type", STACK_TYPE);
            List<Object> waits = new ArrayList<>();
            Set<String> implied = valueSources();
            stackDependsOn.stream().filter(p -> !implied.contains(p)).forEach(p -> waits.add(stackIds.get(p)));
            if (!waits.isEmpty()) {
                r.put("DependsOn", waits.size() == 1 ? waits.get(0) : waits);
            }
            Map<String, Object> params = new LinkedHashMap<>();
            if (passParameters) {
                templateParameters.forEach(p -> params.put(p, Cfn.ref(p)));
            }
            params.putAll(wiredParameters);
            r.put("Properties", Cfn.map("TemplateURL", file(part, extension), "Parameters",
                    params.isEmpty() ? null : params));
            return r;
        }

        Map<String, Object> template() {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("AWSTemplateFormatVersion", "2010-09-09");
            t.put("Description", "Stack " + part + " of " + archway().get("Design") + " (exported by Archway)");
            if (single.get("Transform") != null) {
                t.put("Transform", Cfn.copy(single.get("Transform")));
            }
            Map<String, Object> archway = Cfn.map("Stack", part, ELEMENTS, elements.isEmpty() ? null : elements,
                    OTHERS, this == children.values().iterator().next() ? Cfn.copy(archway().get(OTHERS)) : null);
            t.put("Metadata", Cfn.map(CfnMetadata.KEY, archway));
            Map<String, Object> sections = new LinkedHashMap<>();
            for (String section : COPIED_SECTIONS) {
                if (single.get(section) != null) {
                    sections.put(section, rewrite(single.get(section), this));
                }
            }
            Map<String, Object> params = new LinkedHashMap<>();
            templateParameters.forEach(p -> params.put(p, Cfn.copy(parameters.get(p))));
            wiredParameters.keySet().forEach(w -> params.put(w, Cfn.map("Type", "String")));
            if (!params.isEmpty()) {
                t.put("Parameters", params);
            }
            t.putAll(sections);
            t.put("Resources", resources);
            if (!outputs.isEmpty()) {
                t.put("Outputs", outputs);
            }
            return t;
        }
    }
}
