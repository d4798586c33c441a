package dev.archway.model.validation.rules.target;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.query.Topology;
import dev.archway.model.stacks.SourceStacks;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Outputs an imported template kept (the template's own sections ride as extras of one element under
 * {@value #TEMPLATE_KEY}): an Output whose value refers to a resource hands that resource to other stacks, which may
 * register targets in it or add rules to it. In a design of several stacks, each template's Outputs speak of its
 * own stack's elements only.
 */
final class TemplateOutputs {
    /** The extras key the CloudFormation importer keeps a template's own sections under. */
    static final String TEMPLATE_KEY = "Archway::Template";

    private TemplateOutputs() {
    }

    /** Whether some kept Output refers ({@code Ref} or {@code Fn::GetAtt}) to one of the elements. */
    static boolean exportAny(Topology index, List<? extends Element> elements) {
        Design design = index.design();
        for (Map.Entry<String, Map<String, Object>> carrier : design.allCfnExtras().entrySet()) {
            String stack = SourceStacks.stackOf(design, carrier.getKey());
            Set<String> logicalIds = elements.stream().filter(e -> Objects.equals(stack,
                    SourceStacks.stackOf(design, e.id()))).map(e -> logicalId(localName(design, e)))
                    .collect(Collectors.toSet());
            if (carrier.getValue().get(TEMPLATE_KEY) instanceof Map<?, ?> template
                    && template.get("Outputs") instanceof Map<?, ?> o
                    && o.values().stream().anyMatch(output -> refersTo(output, logicalIds))) {
                return true;
            }
        }
        return false;
    }

    /** The name the element has in its own template (a design of several stacks tells equal names apart). */
    private static String localName(Design design, Element e) {
        return SourceStacks.localName(design, e.id()) instanceof String local ? local : e.name();
    }

    private static boolean refersTo(Object value, Set<String> logicalIds) {
        if (value instanceof Map<?, ?> m) {
            Object ref = m.get("Ref");
            Object getAtt = m.get("Fn::GetAtt");
            String target = ref instanceof String s ? s
                    : getAtt instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0))
                    : getAtt instanceof String s ? s.split("\\.")[0] : null;
            if (target != null && logicalIds.contains(logicalId(target))) {
                return true;
            }
            return m.values().stream().anyMatch(v -> refersTo(v, logicalIds));
        }
        return value instanceof List<?> l && l.stream().anyMatch(v -> refersTo(v, logicalIds));
    }

    /** A name compared as a logical id: letters and digits only, case aside (how the exporter derives one). */
    private static String logicalId(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
