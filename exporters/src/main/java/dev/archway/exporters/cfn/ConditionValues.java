package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.Design;
import dev.archway.model.query.ConditionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template's Conditions evaluated under parameter values (the Parameters' defaults, overridden by the
 * assumptions): true, false, or null when a condition reads a value nobody gave (a Parameter without a default, a
 * value from outside the template). {@link #mark} keeps each conditional element's state beside it.
 */
public final class ConditionValues {
    private ConditionValues() {
    }

    /** Each Condition of the kept template sections, in template order. */
    public static Map<String, Boolean> of(Map<String, Object> templateSections, Map<String, String> values) {
        Intrinsics intrinsics = new Intrinsics(withValues(templateSections, values), CfnImporter.DEFAULT_REGION);
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String name : Cfn.orEmpty(templateSections.get("Conditions")).keySet()) {
            try {
                out.put(name, intrinsics.condition(name));
            } catch (Unresolved | RuntimeException e) {
                out.put(name, null);
            }
        }
        return out;
    }

    /**
     * Records, on every element with a template Condition, whether it holds under the design's assumed values; returns
     * the design. Every design the window opens or the command line checks (and every change of assumptions) goes
     * through here.
     */
    public static Design mark(Design design) {
        Map<String, Object> sections = TemplateExtras.of(design);
        Map<String, String> values = TemplateExtras.assumedValues(design);
        Map<String, Boolean> holds = of(sections, values);
        for (Map.Entry<String, Map<String, Object>> e : Map.copyOf(design.allCfnExtras()).entrySet()) {
            String condition = ConditionState.condition(e.getValue());
            if (condition == null) {
                continue;
            }
            Map<String, Object> extras = new LinkedHashMap<>(e.getValue());
            extras.put(ConditionState.KEY, ConditionState.state(holds.get(condition),
                    unset(sections, values, condition)));
            design.setCfnExtras(e.getKey(), extras);
        }
        return design;
    }

    /** The Parameters a Condition reads (through other Conditions) that have neither a value nor a default. */
    static List<String> unset(Map<String, Object> sections, Map<String, String> values, String condition) {
        Map<String, Object> parameters = Cfn.orEmpty(sections.get("Parameters"));
        Map<String, Object> conditions = Cfn.orEmpty(sections.get("Conditions"));
        Set<String> refs = new LinkedHashSet<>();
        collect(conditions.get(condition), conditions, refs, new LinkedHashSet<>(List.of(condition)));
        List<String> out = new ArrayList<>();
        for (String name : refs) {
            Map<String, Object> p = Cfn.asMap(parameters.get(name));
            boolean outside = p != null && ExternalValues.ofParameter(name, p) != null;
            if (p != null && !values.containsKey(name) && (!p.containsKey("Default") || outside)) {
                out.add(name);
            }
        }
        return out;
    }

    private static void collect(Object node, Map<String, Object> conditions, Set<String> refs, Set<String> seen) {
        if (node instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.get("Ref") instanceof String name) {
                refs.add(name);
            } else if (m.size() == 1 && m.get("Condition") instanceof String other && seen.add(other)) {
                collect(conditions.get(other), conditions, refs, seen);
            } else {
                m.values().forEach(v -> collect(v, conditions, refs, seen));
            }
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, conditions, refs, seen));
        }
    }

    private static Map<String, Object> withValues(Map<String, Object> sections, Map<String, String> values) {
        Map<String, Object> template = new LinkedHashMap<>(sections);
        Map<String, Object> parameters = new LinkedHashMap<>(Cfn.orEmpty(sections.get("Parameters")));
        values.forEach((name, value) -> Cfn.setDefault(parameters, name, value));
        template.put("Parameters", parameters);
        return template;
    }
}
