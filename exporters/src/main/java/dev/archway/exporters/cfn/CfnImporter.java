package dev.archway.exporters.cfn;

import dev.archway.exporters.ImportBudget;
import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import dev.archway.exporters.InputLimits;
import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.OpaqueResource;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Vpc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a design from a CloudFormation template (JSON or YAML). Resources the model knows become typed elements,
 * the properties it does not interpret are kept as extras, every other resource is kept as an {@link OpaqueResource};
 * export writes all of it back. Without Archway layout Metadata the design is laid out as the canvas's Auto-arrange does ({@link AwsDiagramLayout}).
 */
public final class CfnImporter {
    static final String DEFAULT_REGION = "us-east-1";

    /** One template of a set: its design, the template as read (nested stacks merged), each logical id's element. */
    record Stack(Design design, Map<String, Object> template, Map<String, String> elementIds) {
    }

    private Stack lastImport;
    private Map<Object, Object> importedValues = Map.of();
    private String region;
    private ImportBudget budget = new ImportBudget();

    /**
     * Imports as deployed in this region ({@code --region}): {@code AWS::Region} is its code and the Region made for
     * the design says it, so AZ slots read {@code 1st AZ of eu-west-1}. Without one, {@code AWS::Region} is the
     * Archway Metadata's region, else {@value #DEFAULT_REGION}, and a Region made for the design has no code (the
     * template does not say where it deploys).
     */
    public CfnImporter inRegion(String code) {
        this.region = code;
        return this;
    }

    /** Counts the nested stacks this import reads against {@code shared}, the budget of a whole set of templates. */
    CfnImporter within(ImportBudget shared) {
        this.budget = shared;
        return this;
    }

    /**
     * Imports one template of a set, with what {@link StackSetImport} needs to join it to the others;
     * {@code importedValues}: the literals other stacks export, by the {@code Fn::ImportValue} argument naming them.
     */
    Stack importStack(Path file, Map<Object, Object> importedValues) throws InputException {
        this.importedValues = importedValues;
        importTemplate(file);
        return lastImport;
    }

    /** Imports a template, or a folder holding a parent template and its nested stacks. */
    public Design importTemplate(Path file) throws InputException {
        if (Files.isDirectory(file)) {
            file = NestedStackImport.parentIn(file);
        }
        return importText(InputFiles.read(file, InputKind.TEMPLATE), file);
    }

    /**
     * Imports template text; {@code file} names it in messages and gives the design its default name, and nested
     * stacks that the template names by relative path are read from beside it.
     */
    public Design importText(String text, Path file) throws InputException {
        Map<String, Object> template = TemplateReader.read(text, file);
        Map<String, Object> resources = Cfn.asMap(template.get("Resources"));
        InputLimits.current().checkElements(resources == null ? 0 : resources.size(), file, "Resources");
        if (NestedStackImport.nestsLocalStacks(template)) {
            template = NestedStackImport.merge(template, file, budget);
            Map<String, Object> merged = Cfn.asMap(template.get("Resources"));
            InputLimits.current().checkElements(merged == null ? 0 : merged.size(), file, "Resources, stacks merged");
        }
        TemplateChecks.check(template, file);
        try {
            return build(template, file);
        } catch (RuntimeException e) {
            throw new InputException(file, null, "cannot be imported: " + e, e);
        }
    }

    /** Imports a template already read into a tree (as {@link ParameterValues} makes). */
    Design importTree(Map<String, Object> template, Path file) throws InputException {
        TemplateChecks.check(template, file);
        try {
            return build(template, file);
        } catch (RuntimeException e) {
            throw new InputException(file, null, "cannot be imported: " + e, e);
        }
    }

    private Design build(Map<String, Object> template, Path file) {
        ImportMetadata metadata = new ImportMetadata(template);
        String evaluatedIn = region != null ? region : metadata.regionCode() != null ? metadata.regionCode()
                : DEFAULT_REGION;
        ImportContext cx = new ImportContext(template, metadata, evaluatedIn);
        cx.intrinsics.importing(importedValues);
        boolean hasVpc = Cfn.asMap(template.get("Resources")).values().stream()
                .anyMatch(r -> "AWS::EC2::VPC".equals(Cfn.asMap(r).get("Type")));
        ImplicitElements places = new ImplicitElements(cx, !metadata.present() && hasVpc, region);
        cx.externals = new ExternalElements(cx, places);
        new NetworkImport(cx, places).run();
        DnsImport dns = new DnsImport(cx);
        dns.zones();
        dns.certificates();
        LoadBalancingImport lb = new LoadBalancingImport(cx, places);
        lb.instances();
        lb.loadBalancers();
        lb.targetGroups();
        ListenerImport listeners = new ListenerImport(cx);
        listeners.listeners();
        listeners.rules();
        new EcsImport(cx).run();
        new AutoScalingImport(cx).run();
        dns.records();
        new DatabaseImport(cx, places).run();
        List<SecurityGroup> groups = new ArrayList<>();
        cx.typed.values().forEach(e -> {
            if (e instanceof SecurityGroup g) {
                groups.add(g);
            }
        });
        cx.unmarkStandalone(groups);
        return assemble(cx, places, file);
    }

    private Design assemble(ImportContext cx, ImplicitElements places, Path file) {
        String name = cx.metadata.designName();
        if (name == null) {
            String fileName = file.getFileName() == null ? "template" : file.getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            name = dot > 0 ? fileName.substring(0, dot) : fileName;
        }
        Design design = new Design(name);
        Set<String> names = new HashSet<>();
        Map<String, String> elementOfLogicalId = new LinkedHashMap<>(cx.absorbed);
        cx.typed.forEach((lid, e) -> elementOfLogicalId.put(lid, e.id()));
        for (String lid : cx.resources.keySet()) {
            if (cx.isFree(lid)) {
                elementOfLogicalId.put(lid, cx.elementId(lid));
            }
        }
        List<Element> all = new ArrayList<>();
        places.elements.values().stream().filter(e -> e instanceof dev.archway.model.network.Region).forEach(all::add);
        all.addAll(cx.externals.all());
        for (String lid : cx.resources.keySet()) {
            Element e = cx.typed.get(lid);
            if (e == null && cx.isFree(lid)) {
                e = opaque(cx, lid, elementOfLogicalId);
            }
            if (e != null) {
                all.add(e);
            }
            if (e instanceof Vpc vpc) {
                places.elements.values().stream().filter(p -> p instanceof dev.archway.model.network.AvailabilityZone
                        && vpc.id().equals(p.container())).forEach(all::add);
            }
        }
        Set<Element> added = new HashSet<>(all);
        places.elements.values().stream().filter(p -> !added.contains(p)).forEach(all::add);
        for (Element e : all) {
            design.put(names.add(e.name()) ? e : e.withName(unique(e.name(), names)));
        }
        dropDangling(design);
        KeptReasons.record(cx, design, all);
        cx.externals.marks().forEach((id, mark) -> cx.extras.computeIfAbsent(id, k -> new LinkedHashMap<>())
                .put(dev.archway.model.stacks.CfnResourceCount.EXTERNAL, mark));
        cx.extras.forEach((id, extras) -> {
            if (design.contains(id)) {
                design.setCfnExtras(id, extras);
            }
        });
        Map<String, Object> templateExtras = templateExtras(cx);
        if (!templateExtras.isEmpty()) {
            String carrier = carrier(cx, all);
            Map<String, Object> extras = new LinkedHashMap<>(design.cfnExtras(carrier));
            extras.put(TemplateExtras.KEY, templateExtras);
            design.setCfnExtras(carrier, extras);
        }
        layout(cx, places, design);
        SourceValues.record(design, cx.template);
        lastImport = new Stack(design, cx.template, elementOfLogicalId);
        return design;
    }

    /** The element that keeps the template's own sections: as the Metadata says, else the first resource. */
    private static String carrier(ImportContext cx, List<Element> all) {
        String named = cx.metadata.templateExtrasOn();
        if (named != null && cx.resources.containsKey(named)) {
            Element typed = cx.typed.get(named);
            String id = typed != null ? typed.id() : cx.isFree(named) ? cx.elementId(named) : null;
            if (id != null) {
                return id;
            }
        }
        return all.stream().filter(e -> !ImplicitElements.isPlacement(e)).findFirst().orElseThrow().id();
    }

    private static String unique(String name, Set<String> names) {
        String n = name;
        for (int i = 2; !names.add(n); i++) {
            n = name + " " + i;
        }
        return n;
    }

    /** Metadata-only elements whose references no longer resolve (the template was edited) are dropped. */
    private static void dropDangling(Design design) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Element e : new ArrayList<>(design.elements())) {
                if (ImplicitElements.isPlacement(e) && !e.references().stream().allMatch(design::contains)) {
                    design.remove(e.id());
                    changed = true;
                }
            }
        }
    }

    private static OpaqueResource opaque(ImportContext cx, String lid, Map<String, String> elementOfLogicalId) {
        Map<String, Object> resource = Cfn.asMap(cx.resources.get(lid));
        Map<String, Object> attributes = new LinkedHashMap<>();
        resource.forEach((k, v) -> {
            if (!k.equals("Type") && !k.equals("Properties")) {
                attributes.put(k, v);
            }
        });
        Set<String> refers = new LinkedHashSet<>();
        for (String target : TemplateChecks.referencesOf(resource)) {
            String id = elementOfLogicalId.get(target);
            if (id != null && !id.equals(cx.elementId(lid))) {
                refers.add(id);
            }
        }
        Map<String, Object> props = Cfn.asMap(resource.get("Properties"));
        return new OpaqueResource(cx.elementId(lid), cx.name(lid), (String) resource.get("Type"),
                props == null ? Map.of() : props, attributes, new ArrayList<>(refers));
    }

    private static Map<String, Object> templateExtras(ImportContext cx) {
        Map<String, Object> t = cx.template;
        Map<String, Object> out = new LinkedHashMap<>();
        if (t.get("Transform") != null) {
            out.put("Transform", t.get("Transform"));
        }
        if (t.get("Description") != null && !cx.metadata.generatedDescription()) {
            out.put("Description", t.get("Description"));
        }
        Map<String, Object> metadata = ImportMetadata.otherMetadata(t);
        if (metadata != null) {
            out.put("Metadata", metadata);
        }
        Map<String, Object> params = filtered(Cfn.asMap(t.get("Parameters")), cx.metadata::generatedParameter);
        if (!params.isEmpty()) {
            out.put("Parameters", params);
        }
        for (String section : List.of("Rules", "Mappings", "Conditions")) {
            if (t.get(section) != null) {
                out.put(section, t.get(section));
            }
        }
        Map<String, Object> outputs = filtered(Cfn.asMap(t.get("Outputs")), cx.metadata::generatedOutput);
        if (!outputs.isEmpty()) {
            out.put("Outputs", outputs);
        }
        return out;
    }

    private static Map<String, Object> filtered(Map<String, Object> section,
            java.util.function.Predicate<String> generated) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (section != null) {
            section.forEach((k, v) -> {
                if (!generated.test(k)) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    private static void layout(ImportContext cx, ImplicitElements places, Design design) {
        if (!cx.metadata.present()) {
            AwsDiagramLayout.apply(design);
            return;
        }
        Map<String, String> logicalIdOf = new LinkedHashMap<>();
        cx.typed.forEach((lid, e) -> logicalIdOf.put(e.id(), lid));
        for (String lid : cx.resources.keySet()) {
            if (cx.isFree(lid)) {
                logicalIdOf.put(cx.elementId(lid), lid);
            }
        }
        for (Element e : design.elements()) {
            String lid = logicalIdOf.get(e.id());
            var b = lid != null ? cx.metadata.bounds(lid) : places.bounds.containsKey(e.id())
                    ? places.bounds.get(e.id()) : cx.metadata.externalBounds(e.id());
            if (b != null) {
                design.setBounds(e.id(), b);
            }
        }
    }
}
