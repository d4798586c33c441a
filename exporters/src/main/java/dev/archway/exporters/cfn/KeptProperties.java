package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties an imported element's resource had beyond what the model holds (its kept extras), for an export
 * that writes the element from the model (the CDK app's constructs): those whose value is a literal, by their
 * CloudFormation names. A value that refers to something (an intrinsic function) is left to the exports that write
 * the template as read.
 */
public final class KeptProperties {
    private KeptProperties() {
    }

    public static Map<String, Object> literalsOf(Design design, String elementId) {
        Map<String, Object> out = new LinkedHashMap<>();
        design.cfnExtras(elementId).forEach((key, value) -> {
            boolean property = !key.isEmpty() && Character.isUpperCase(key.charAt(0)) && !key.contains("::")
                    && !Cfn.ATTRIBUTES.contains(key) && !key.equals(Cfn.LOGICAL_ID);
            if (property && isLiteral(value)) {
                out.put(key, Cfn.copy(value));
            }
        });
        return out;
    }

    private static boolean isLiteral(Object value) {
        if (Cfn.intrinsicName(value) != null) {
            return false;
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().allMatch(KeptProperties::isLiteral);
        }
        return !(value instanceof List<?> l) || l.stream().allMatch(KeptProperties::isLiteral);
    }
}
