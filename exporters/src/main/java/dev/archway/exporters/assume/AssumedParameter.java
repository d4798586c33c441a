package dev.archway.exporters.assume;

import dev.archway.exporters.cfn.TemplateExtras;
import dev.archway.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A template Parameter as the Parameters panel shows it: its declaration (type, default, allowed values,
 * description) and the value assumed for it (null: the default). {@code outside} Parameters name resources outside
 * the template (AWS-specific types): their facts are assumed per element, not as a value.
 */
public record AssumedParameter(String name, String type, String defaultValue, List<String> allowedValues,
        String description, String value) {

    public boolean outside() {
        return type.startsWith("AWS::") || type.startsWith("List<AWS::");
    }

    /** The value validation and simulation use: the assumed one, else the default (null when neither). */
    public String effectiveValue() {
        return value != null ? value : defaultValue;
    }

    /** The design's Parameters in template order. */
    public static List<AssumedParameter> of(Design design) {
        Map<String, String> values = AssumedDesign.parameterValues(design);
        List<AssumedParameter> out = new ArrayList<>();
        asMap(TemplateExtras.of(design).get("Parameters")).forEach((name, declaration) -> {
            Map<String, Object> p = asMap(declaration);
            List<String> allowed = p.get("AllowedValues") instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList() : List.of();
            out.add(new AssumedParameter(name, String.valueOf(p.getOrDefault("Type", "String")),
                    p.get("Default") == null ? null : String.valueOf(p.get("Default")), allowed,
                    p.get("Description") == null ? null : String.valueOf(p.get("Description")), values.get(name)));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
