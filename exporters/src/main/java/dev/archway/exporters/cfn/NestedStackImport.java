package dev.archway.exporters.cfn;

import dev.archway.exporters.ImportBudget;
import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a parent template whose {@code AWS::CloudFormation::Stack} resources name local templates (Archway's
 * nested-stacks export, or one written by hand) back into the single template they stand for: the children's
 * resources side by side, each Parameter wired from another stack's Output replaced by that Output's value (so
 * {@code !Ref Vpc} names the VPC again), the wiring Outputs dropped, and the DependsOn that crossed stacks restored
 * from the parent's {@code Metadata.Archway}.
 */
final class NestedStackImport {
    private static final List<String> MERGED_SECTIONS = List.of("Rules", "Mappings", "Conditions");
    private static final List<String> PARENT_NAMES = List.of("template.yaml", "template.yml", "template.json");

    private final Map<String, Object> parent;
    private final Path parentFile;
    private final ImportBudget budget;
    private final Map<String, Map<String, Object>> children = new LinkedHashMap<>();
    private final Map<String, Path> files = new HashMap<>();
    private final Map<String, Map<String, Object>> wiring = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();
    private final Set<String> consumedOutputs = new HashSet<>();

    private NestedStackImport(Map<String, Object> parent, Path parentFile, ImportBudget budget) {
        this.parent = parent;
        this.parentFile = parentFile;
        this.budget = budget;
    }

    /** The parent template in a folder written by the nested-stacks export. */
    static Path parentIn(Path folder) throws InputException {
        for (String name : PARENT_NAMES) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return folder.resolve(name);
            }
        }
        throw new InputException(folder, null, "is a folder without " + String.join(", ", PARENT_NAMES));
    }

    /** Whether the template nests stacks kept in local files. */
    static boolean nestsLocalStacks(Map<String, Object> template) {
        Map<String, Object> resources = Cfn.asMap(template.get("Resources"));
        return resources != null && resources.values().stream().anyMatch(r -> localUrl(Cfn.asMap(r)) != null);
    }

    /** The files of the local stacks a template nests, as absolute paths. */
    static Set<Path> localChildren(Map<String, Object> template, Path file) throws InputException {
        Set<Path> out = new HashSet<>();
        for (Map.Entry<String, Object> e : Cfn.orEmpty(template.get("Resources")).entrySet()) {
            String url = localUrl(Cfn.asMap(e.getValue()));
            if (url != null) {
                out.add(InputFiles.referenced(file, url, "Resources." + e.getKey() + ".Properties.TemplateURL")
                        .toAbsolutePath().normalize());
            }
        }
        return out;
    }

    static Map<String, Object> merge(Map<String, Object> parent, Path parentFile, ImportBudget budget)
            throws InputException {
        return new NestedStackImport(parent, parentFile, budget).merge();
    }

    /** A nested stack's relative TemplateURL, or null for another resource or a stack kept in S3. */
    private static String localUrl(Map<String, Object> resource) {
        if (resource == null || !StackSplit.STACK_TYPE.equals(resource.get("Type"))) {
            return null;
        }
        Map<String, Object> props = Cfn.asMap(resource.get("Properties"));
        Object url = props == null ? null : props.get("TemplateURL");
        return url instanceof String s && !s.matches("(?i)^(https?|s3)://.*") ? s : null;
    }

    private Map<String, Object> merge() throws InputException {
        for (Map.Entry<String, Object> e : Cfn.asMap(parent.get("Resources")).entrySet()) {
            String url = localUrl(Cfn.asMap(e.getValue()));
            if (url != null) {
                String place = "Resources." + e.getKey() + ".Properties.TemplateURL";
                budget.take(InputFiles.referenced(parentFile, url, place), parentFile, place);
            }
        }
        Map<String, Object> others = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : Cfn.asMap(parent.get("Resources")).entrySet()) {
            String url = localUrl(Cfn.asMap(e.getValue()));
            if (url == null) {
                others.put(e.getKey(), e.getValue());
            } else {
                read(e.getKey(), url);
            }
        }
        for (String stack : children.keySet()) {
            wiring(stack);
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("AWSTemplateFormatVersion", parent.getOrDefault("AWSTemplateFormatVersion", "2010-09-09"));
        copy(parent, "Description", t);
        copy(parent.get("Transform") != null ? parent : firstChildWith("Transform"), "Transform", t);
        t.put("Metadata", metadata());
        t.put("Parameters", parameters());
        for (String section : MERGED_SECTIONS) {
            Map<String, Object> merged = union(section);
            if (!merged.isEmpty()) {
                t.put(section, merged);
            }
        }
        t.put("Resources", resources(others));
        Map<String, Object> outputs = outputs();
        if (!outputs.isEmpty()) {
            t.put("Outputs", outputs);
        }
        restoreDependsOn(Cfn.asMap(t.get("Resources")));
        if (Cfn.asMap(t.get("Parameters")).isEmpty()) {
            t.remove("Parameters");
        }
        return t;
    }

    private void read(String stack, String url) throws InputException {
        String place = "Resources." + stack + ".Properties.TemplateURL";
        Path file = InputFiles.referenced(parentFile, url, place);
        if (!Files.exists(file)) {
            throw new InputException(parentFile, place, "names " + url + ", which does not exist");
        }
        String text = InputFiles.read(file, InputKind.TEMPLATE);
        Map<String, Object> child = TemplateReader.read(text, file);
        if (Cfn.asMap(child.get("Resources")) == null) {
            throw new InputException(file, null, "not a CloudFormation template: no Resources");
        }
        children.put(stack, child);
        files.put(stack, file);
    }

    /** A child's Parameters replaced by what the parent passes them, resolved through other children's Outputs. */
    private Map<String, Object> wiring(String stack) throws InputException {
        Map<String, Object> done = wiring.get(stack);
        if (done != null) {
            return done;
        }
        if (!resolving.add(stack)) {
            throw new InputException(parentFile, "Resources." + stack, "nested stacks are wired in a circle");
        }
        Map<String, Object> props = Cfn.asMap(Cfn.asMap(Cfn.asMap(parent.get("Resources")).get(stack))
                .get("Properties"));
        Map<String, Object> passed = Cfn.asMap(props.get("Parameters"));
        Map<String, Object> out = new LinkedHashMap<>();
        if (passed != null) {
            for (Map.Entry<String, Object> p : passed.entrySet()) {
                Object value = passedValue(stack, p.getKey(), p.getValue());
                if (value != null) {
                    out.put(p.getKey(), value);
                }
            }
        }
        wiring.put(stack, out);
        return out;
    }

    /** What replaces the parameter: another stack's Output value, a literal; null for a parent Parameter. */
    private Object passedValue(String stack, String name, Object value) throws InputException {
        String place = "Resources." + stack + ".Properties.Parameters." + name;
        if ("Ref".equals(Cfn.intrinsicName(value))) {
            Object target = Cfn.asMap(value).get("Ref");
            return name.equals(target) ? null : Cfn.copy(value);
        }
        if (!"Fn::GetAtt".equals(Cfn.intrinsicName(value))) {
            return Cfn.copy(value);
        }
        List<Object> parts;
        try {
            parts = Intrinsics.getAttParts(Cfn.asMap(value).get("Fn::GetAtt"));
        } catch (Intrinsics.Unresolved e) {
            throw new InputException(parentFile, place, "has a malformed Fn::GetAtt");
        }
        String source = String.valueOf(parts.get(0));
        String attribute = String.valueOf(parts.get(1));
        if (!children.containsKey(source) || !attribute.startsWith("Outputs.")) {
            throw new InputException(parentFile, place, "is wired to " + source + "." + attribute
                    + ", which is not an output of a nested stack of this template");
        }
        String output = attribute.substring("Outputs.".length());
        Map<String, Object> def = Cfn.asMap(Cfn.orEmpty(children.get(source).get("Outputs")).get(output));
        if (def == null || !def.containsKey("Value")) {
            throw new InputException(parentFile, place, "is wired to output " + output + " of stack " + source
                    + " (" + parentFile.toAbsolutePath().getParent().relativize(files.get(source))
                    + "), which has no such output");
        }
        consumedOutputs.add(source + "\u0000" + output);
        return ReferenceRewriter.rewrite(def.get("Value"), substitution(wiring(source)));
    }

    private Map<String, Object> resources(Map<String, Object> others) throws InputException {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> from = new HashMap<>();
        ReferenceRewriter.Rule toOutputs = stackOutputs();
        others.forEach((lid, r) -> out.put(lid, ReferenceRewriter.rewrite(r, toOutputs)));
        for (Map.Entry<String, Map<String, Object>> child : children.entrySet()) {
            ReferenceRewriter.Rule rule = substitution(wiring.get(child.getKey()));
            for (Map.Entry<String, Object> r : Cfn.asMap(child.getValue().get("Resources")).entrySet()) {
                if (out.containsKey(r.getKey())) {
                    String other = from.containsKey(r.getKey()) ? files.get(from.get(r.getKey())).getFileName()
                            .toString() : parentFile.getFileName().toString();
                    throw new InputException(files.get(child.getKey()), "Resources." + r.getKey(),
                            "is also defined in " + other);
                }
                out.put(r.getKey(), ReferenceRewriter.rewrite(r.getValue(), rule));
                from.put(r.getKey(), child.getKey());
            }
        }
        return out;
    }

    private Map<String, Object> outputs() {
        Map<String, Object> out = new LinkedHashMap<>();
        Cfn.orEmpty(parent.get("Outputs")).forEach((name, o) -> out.put(name, ReferenceRewriter.rewrite(o,
                stackOutputs())));
        for (Map.Entry<String, Map<String, Object>> child : children.entrySet()) {
            ReferenceRewriter.Rule rule = substitution(wiring.get(child.getKey()));
            Cfn.orEmpty(child.getValue().get("Outputs")).forEach((name, o) -> {
                if (!consumedOutputs.contains(child.getKey() + "\u0000" + name)) {
                    out.putIfAbsent(name, ReferenceRewriter.rewrite(o, rule));
                }
            });
        }
        return out;
    }

    private Map<String, Object> parameters() {
        Map<String, Object> out = new LinkedHashMap<>(Cfn.orEmpty(Cfn.copy(parent.get("Parameters"))));
        children.forEach((stack, child) -> Cfn.orEmpty(child.get("Parameters")).forEach((name, def) -> {
            if (!wiring.get(stack).containsKey(name)) {
                out.putIfAbsent(name, Cfn.copy(def));
            }
        }));
        return out;
    }

    private Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>(Cfn.orEmpty(Cfn.copy(parent.get("Metadata"))));
        Map<String, Object> archway = Cfn.asMap(metadata.get(CfnMetadata.KEY));
        if (archway == null) {
            return metadata;
        }
        archway.remove(StackSplit.STACKS);
        archway.remove(StackSplit.CROSS_STACK_DEPENDS_ON);
        Map<String, Object> elements = new LinkedHashMap<>(Cfn.orEmpty(archway.get(StackSplit.ELEMENTS)));
        List<Object> others = new ArrayList<>(orEmptyList(archway.get(StackSplit.OTHERS)));
        for (Map<String, Object> child : children.values()) {
            Map<String, Object> childArchway = Cfn.orEmpty(Cfn.orEmpty(child.get("Metadata")).get(CfnMetadata.KEY));
            elements.putAll(Cfn.orEmpty(childArchway.get(StackSplit.ELEMENTS)));
            others.addAll(orEmptyList(Cfn.copy(childArchway.get(StackSplit.OTHERS))));
        }
        archway.put(StackSplit.ELEMENTS, elements);
        if (!others.isEmpty()) {
            archway.put(StackSplit.OTHERS, others);
        }
        return metadata;
    }

    private void restoreDependsOn(Map<String, Object> resources) {
        Map<String, Object> archway = Cfn.orEmpty(Cfn.orEmpty(parent.get("Metadata")).get(CfnMetadata.KEY));
        Cfn.orEmpty(archway.get(StackSplit.CROSS_STACK_DEPENDS_ON)).forEach((lid, original) -> {
            Map<String, Object> resource = Cfn.asMap(resources.get(lid));
            if (resource != null) {
                resource.put("DependsOn", Cfn.copy(original));
            }
        });
    }

    private Map<String, Object> union(String section) {
        Map<String, Object> out = new LinkedHashMap<>(Cfn.orEmpty(Cfn.copy(parent.get(section))));
        children.values().forEach(c -> Cfn.orEmpty(c.get(section)).forEach((k, v) -> out.putIfAbsent(k, Cfn.copy(v))));
        return out;
    }

    private Map<String, Object> firstChildWith(String key) {
        return children.values().stream().filter(c -> c.get(key) != null).findFirst().orElse(Map.of());
    }

    /** Replaces each wired Parameter by its value; in a Sub, by the reference the value is. */
    private static ReferenceRewriter.Rule substitution(Map<String, Object> wired) {
        return new ReferenceRewriter.Rule() {
            @Override
            public Object ref(String name) {
                return wired.containsKey(name) ? Cfn.copy(wired.get(name)) : null;
            }

            @Override
            public Object getAtt(String name, String attribute) {
                return null;
            }

            @Override
            public String subVariable(String variable) {
                Object value = wired.get(variable);
                if (value instanceof String literal) {
                    return literal;
                }
                String fn = Cfn.intrinsicName(value);
                Object arg = fn == null ? null : Cfn.asMap(value).get(fn);
                if ("Ref".equals(fn)) {
                    return "${" + arg + "}";
                }
                try {
                    return "Fn::GetAtt".equals(fn) ? "${" + String.join(".", Intrinsics.getAttParts(arg).stream()
                            .map(String::valueOf).toList()) + "}" : null;
                } catch (Intrinsics.Unresolved e) {
                    return null;
                }
            }
        };
    }

    /** Resolves {@code !GetAtt Stack.Outputs.Name} in the parent's own resources and Outputs. */
    private ReferenceRewriter.Rule stackOutputs() {
        return new ReferenceRewriter.Rule() {
            @Override
            public Object ref(String name) {
                return null;
            }

            @Override
            public Object getAtt(String name, String attribute) {
                Map<String, Object> child = children.get(name);
                if (child == null || !attribute.startsWith("Outputs.")) {
                    return null;
                }
                Map<String, Object> def = Cfn.asMap(Cfn.orEmpty(child.get("Outputs"))
                        .get(attribute.substring("Outputs.".length())));
                return def == null ? null : ReferenceRewriter.rewrite(def.get("Value"),
                        substitution(wiring.get(name)));
            }

            @Override
            public String subVariable(String variable) {
                return null;
            }
        };
    }

    private static void copy(Map<String, Object> from, String key, Map<String, Object> to) {
        if (from.get(key) != null) {
            to.put(key, Cfn.copy(from.get(key)));
        }
    }

    private static List<Object> orEmptyList(Object value) {
        List<Object> l = Cfn.asList(value);
        return l == null ? List.of() : l;
    }

}
