package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import dev.archway.model.stacks.SourceStacks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The templates of a design of several stacks, one per stack ({@link StackFiles#part}). A reference from one stack's
 * element to another stack's that no import carries yet (the user drew it) becomes an Export of the other stack
 * (named {@code <stack>-<logical id>}, or the Export it already has of that resource) and an {@code Fn::ImportValue}
 * of it where it is used, so no drawn reference is lost and each template deploys on its own, after the stacks it
 * imports from, under the stack names the design knows.
 */
public final class StackTemplates {
    private static final String STACK_NAME = "${AWS::StackName}";

    /** One stack: its name, its part of the design, and its template. */
    public record StackTemplate(String stack, Design part, Map<String, Object> template) {
    }

    private StackTemplates() {
    }

    public static List<StackTemplate> of(Design design) {
        Map<String, Map<String, Set<String>>> needed = neededImports(design);
        Map<String, Map<String, Object>> imports = new LinkedHashMap<>();
        Map<String, Map<String, Object>> outputs = new LinkedHashMap<>();
        needed.forEach((owner, importers) -> exportFrom(design, owner, importers, imports, outputs));
        List<StackTemplate> out = new ArrayList<>();
        for (String stack : SourceStacks.stacks(design)) {
            Design part = StackFiles.part(design, stack, imports);
            Map<String, Object> template = new CfnTemplateExporter().export(part);
            Map<String, Object> added = outputs.getOrDefault(stack, Map.of());
            if (!added.isEmpty()) {
                Map<String, Object> all = new LinkedHashMap<>(Cfn.orEmpty(template.get("Outputs")));
                all.putAll(added);
                template.put("Outputs", all);
            }
            out.add(new StackTemplate(stack, part, template));
        }
        return out;
    }

    /** By owning stack, the elements other stacks refer to without an import, and the stacks that do. */
    private static Map<String, Map<String, Set<String>>> neededImports(Design design) {
        Map<String, Map<String, Set<String>>> needed = new LinkedHashMap<>();
        StackFiles.crossStackReferences(design, (stack, id, owner) -> {
            if (SourceStacks.importedAs(design, id, stack) == null) {
                needed.computeIfAbsent(owner, o -> new LinkedHashMap<>())
                        .computeIfAbsent(id, i -> new LinkedHashSet<>()).add(stack);
            }
        });
        return needed;
    }

    private static void exportFrom(Design design, String owner, Map<String, Set<String>> importers,
            Map<String, Map<String, Object>> imports, Map<String, Map<String, Object>> outputs) {
        CfnTemplateExporter.Written written = new CfnTemplateExporter().write(StackFiles.part(design, owner));
        Map<String, Object> existing = Cfn.orEmpty(written.template().get("Outputs"));
        Map<String, Object> added = outputs.computeIfAbsent(owner, o -> new LinkedHashMap<>());
        importers.forEach((id, stacks) -> {
            String logicalId = logicalIdOf(written, id);
            if (logicalId == null) {
                return;
            }
            Object name = exportedAs(existing, logicalId, owner);
            if (name == null) {
                name = owner + "-" + logicalId;
                String key = logicalId + "Export";
                for (int n = 2; existing.containsKey(key) || added.containsKey(key); n++) {
                    key = logicalId + "Export" + n;
                }
                added.put(key, Cfn.map("Value", Cfn.ref(logicalId), "Export",
                        Cfn.map("Name", Cfn.map("Fn::Sub", STACK_NAME + "-" + logicalId))));
            }
            Object importValue = Cfn.map("Fn::ImportValue", name);
            stacks.forEach(s -> imports.computeIfAbsent(id, i -> new LinkedHashMap<>()).put(s, importValue));
        });
    }

    /** The element's main resource, if it was written (an element without a resource has none). */
    private static String logicalIdOf(CfnTemplateExporter.Written written, String elementId) {
        String logicalId = written.mainResourceOf().get(elementId);
        return logicalId != null && written.ownerOf().containsKey(logicalId) ? logicalId : null;
    }

    /** The name another stack imports an existing Export of {@code Ref logicalId} by, or null when there is none. */
    private static Object exportedAs(Map<String, Object> outputs, String logicalId, String owner) {
        for (Object o : outputs.values()) {
            Map<String, Object> output = Cfn.asMap(o);
            Map<String, Object> export = output == null ? null : Cfn.asMap(output.get("Export"));
            if (export == null || !Cfn.ref(logicalId).equals(output.get("Value"))) {
                continue;
            }
            Object name = export.get("Name");
            if (name instanceof String) {
                return name;
            }
            Map<String, Object> sub = Cfn.asMap(name);
            if (sub != null && sub.get("Fn::Sub") instanceof String text
                    && text.replace(STACK_NAME, "").indexOf("${") < 0) {
                return text.replace(STACK_NAME, owner);
            }
        }
        return null;
    }
}
