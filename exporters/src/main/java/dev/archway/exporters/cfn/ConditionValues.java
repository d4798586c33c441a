package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template's Conditions evaluated under parameter values (the Parameters' defaults, overridden by the
 * assumptions): true, false, or null when a condition reads a value nobody gave (a Parameter without a default, a
 * value from outside the template).
 */
public final class ConditionValues {
    private ConditionValues() {
    }

    /** Each Condition of the kept template sections, in template order. */
    public static Map<String, Boolean> of(Map<String, Object> templateSections, Map<String, String> values) {
        Map<String, Object> template = new LinkedHashMap<>(templateSections);
        Map<String, Object> parameters = new LinkedHashMap<>(Cfn.orEmpty(templateSections.get("Parameters")));
        values.forEach((name, value) -> {
            Map<String, Object> p = Cfn.asMap(parameters.get(name));
            if (p != null) {
                Map<String, Object> changed = new LinkedHashMap<>(p);
                changed.put("Default", value);
                parameters.put(name, changed);
            }
        });
        template.put("Parameters", parameters);
        Intrinsics intrinsics = new Intrinsics(template, CfnImporter.DEFAULT_REGION);
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
}
