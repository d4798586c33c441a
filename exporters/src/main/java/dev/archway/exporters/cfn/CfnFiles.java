package dev.archway.exporters.cfn;

import dev.archway.exporters.ExportOutput;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.stacks.CfnReference;
import dev.archway.model.stacks.StackLimits;
import dev.archway.model.stacks.NestedStackPlan;
import dev.archway.model.stacks.StackPlanner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@code export --to cfn-json|cfn-yaml} writes: one template while the design fits CloudFormation's limits,
 * else a folder with the parent template ({@code template.yaml}), its nested stacks ({@code stacks/<part>.yaml})
 * and a README that says how to deploy them.
 */
final class CfnFiles {
    /** CloudFormation's limit on a template in S3 is 1 MB; a little under it leaves room for packaged URLs. */
    static final int MAX_BYTES = 1_000_000;
    static final String PARENT = "template";

    private CfnFiles() {
    }

    static ExportOutput render(Design design, String extension, Function<Map<String, Object>, String> writer) {
        if (dev.archway.model.stacks.SourceStacks.isMultiStack(design)) {
            return StackFiles.render(design, extension, writer);
        }
        CfnTemplateExporter.Written written = new CfnTemplateExporter().write(design);
        if (fitsCounts(written.template())) {
            String text = writer.apply(written.template());
            if (fits(written.template(), text)) {
                return ExportOutput.singleFile(CfnJsonExporter.fileName(design, extension), text);
            }
        }
        return nested(design, written, extension, writer);
    }

    private static ExportOutput nested(Design design, CfnTemplateExporter.Written written, String extension,
            Function<Map<String, Object>, String> writer) {
        Map<String, Integer> counts = new HashMap<>();
        written.ownerOf().values().forEach(id -> counts.merge(id, 1, Integer::sum));
        Map<String, List<CfnReference>> references = references(written);
        StackLimits limits = StackLimits.CLOUDFORMATION;
        while (true) {
            NestedStackPlan plan = StackPlanner.plan(design, e -> counts.getOrDefault(e.id(), 0), limits,
                    (Element e) -> references.getOrDefault(e.id(), List.of()));
            StackSplit.Split split = StackSplit.split(written.template(), written.ownerOf(), plan, extension);
            Map<String, String> files = new LinkedHashMap<>();
            boolean fit = true;
            for (Map.Entry<String, Map<String, Object>> child : split.children().entrySet()) {
                String text = writer.apply(child.getValue());
                fit &= fits(child.getValue(), text);
                files.put(child.getKey(), text);
            }
            String parent = writer.apply(split.parent());
            if (fit && !fits(split.parent(), parent)) {
                throw new IllegalStateException("the parent template of " + split.children().size()
                        + " nested stacks would pass CloudFormation's limits for one template");
            }
            if (fit) {
                Map<String, String> out = new LinkedHashMap<>();
                out.put(PARENT + extension, parent);
                out.putAll(files);
                out.put("README.md", NestedStacksReadme.write(design.name(), split, extension));
                return ExportOutput.directory(out);
            }
            if (limits.resources() < 20) {
                throw new IllegalStateException("cannot split the template into nested stacks within the limits");
            }
            limits = limits.withResources(limits.resources() * 3 / 4);
        }
    }

    /** Within CloudFormation's limits: resources, parameters, outputs, bytes. */
    static boolean fits(Map<String, Object> template, String text) {
        return fitsCounts(template) && text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static boolean fitsCounts(Map<String, Object> template) {
        StackLimits limits = StackLimits.CLOUDFORMATION;
        return size(template, "Resources") <= limits.resources() && size(template, "Parameters") <= limits.parameters()
                && size(template, "Outputs") <= limits.outputs();
    }

    static int size(Map<String, Object> template, String section) {
        Map<String, Object> m = Cfn.asMap(template.get(section));
        return m == null ? 0 : m.size();
    }

    /**
     * What each element's resources take from other elements' resources, read from the written template (so that
     * kept extras count too): one reference per resource and attribute, so the planner counts Parameters exactly.
     */
    private static Map<String, List<CfnReference>> references(CfnTemplateExporter.Written written) {
        Map<String, String> ownerOf = written.ownerOf();
        Map<String, Set<CfnReference>> out = new HashMap<>();
        Cfn.asMap(written.template().get("Resources")).forEach((lid, resource) -> {
            String owner = ownerOf.get(lid);
            Set<CfnReference> refs = out.computeIfAbsent(owner, k -> new LinkedHashSet<>());
            Map<String, Object> r = Cfn.asMap(resource);
            ReferenceRewriter.rewrite(r, new ValueCollector(ownerOf, owner, refs));
            for (String target : Cfn.dependsOnTargets(r.get("DependsOn"))) {
                String targetOwner = ownerOf.get(target);
                if (targetOwner != null && !targetOwner.equals(owner)) {
                    refs.add(new CfnReference(targetOwner, null));
                }
            }
        });
        Map<String, List<CfnReference>> lists = new HashMap<>();
        out.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
        return lists;
    }

    /** Records the values a resource takes from other elements' resources, as {@code Resource.Attribute}. */
    private record ValueCollector(Map<String, String> ownerOf, String owner, Set<CfnReference> out)
            implements ReferenceRewriter.Rule {
        @Override
        public Object ref(String name) {
            add(name, CfnReference.REF);
            return null;
        }

        @Override
        public Object getAtt(String name, String attribute) {
            add(name, attribute);
            return null;
        }

        @Override
        public String subVariable(String variable) {
            int dot = variable.indexOf('.');
            add(dot < 0 ? variable : variable.substring(0, dot), dot < 0 ? CfnReference.REF
                    : variable.substring(dot + 1));
            return null;
        }

        private void add(String name, String attribute) {
            String target = ownerOf.get(name);
            if (target != null && !target.equals(owner)) {
                out.add(new CfnReference(target, name + "." + attribute));
            }
        }
    }
}
