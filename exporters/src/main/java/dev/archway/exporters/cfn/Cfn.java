package dev.archway.exporters.cfn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Template trees as plain Java values: {@code LinkedHashMap} for objects (in template order), {@code List}, String,
 * Number, Boolean, null. Intrinsic functions are one-key maps ({@code {"Ref": "Vpc"}}), as in JSON templates.
 */
final class Cfn {
    /** Resource attributes: everything of a resource that is not its Type or Properties. */
    static final Set<String> ATTRIBUTES = Set.of("DependsOn", "Condition", "Metadata", "DeletionPolicy",
            "UpdateReplacePolicy", "UpdatePolicy", "CreationPolicy");

    /** The key, in an element's kept CloudFormation extras, of the extras of its auxiliary resources by role. */
    static final String AUX = dev.archway.model.stacks.CfnResourceCount.AUX;
    static final String LOGICAL_ID = "LogicalId";

    private Cfn() {
    }

    static Map<String, Object> ref(String logicalId) {
        return Map.of("Ref", logicalId);
    }

    static Map<String, Object> getAtt(String logicalId, String attribute) {
        return Map.of("Fn::GetAtt", List.of(logicalId, attribute));
    }

    static Map<String, Object> sub(String text) {
        return Map.of("Fn::Sub", text);
    }

    /** A zone as a template writes it: a slot as {@code Fn::Select [N, Fn::GetAZs '']}, a zone name as it is. */
    static Object availabilityZone(dev.archway.model.network.AvailabilityZone az) {
        if (az == null) {
            return null;
        }
        int slot = dev.archway.model.network.ZoneSlot.index(az.zone());
        return slot < 0 ? az.zone() : Map.of("Fn::Select", List.of(slot, Map.of("Fn::GetAZs", "")));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** The map, or an empty one for anything else (a missing section). */
    static Map<String, Object> orEmpty(Object value) {
        Map<String, Object> m = asMap(value);
        return m == null ? Map.of() : m;
    }

    /**
     * Gives the Parameter {@code name} of a Parameters section another Default (the section holds a changed copy of
     * the declaration); false when the section declares no such Parameter.
     */
    static boolean setDefault(Map<String, Object> parameters, String name, String value) {
        Map<String, Object> declared = asMap(parameters.get(name));
        if (declared == null) {
            return false;
        }
        Map<String, Object> changed = new LinkedHashMap<>(declared);
        changed.put("Default", value);
        parameters.put(name, changed);
        return true;
    }

    /** The logical ids a {@code DependsOn} names: one string or a list of them. */
    static List<String> dependsOnTargets(Object dependsOn) {
        List<String> out = new ArrayList<>();
        if (dependsOn instanceof String s) {
            out.add(s);
        } else if (dependsOn instanceof List<?> l) {
            l.forEach(d -> out.add(String.valueOf(d)));
        }
        return out;
    }

    static List<Object> asList(Object value) {
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return null;
    }

    /** The function name of a one-key intrinsic map ({@code Ref}, {@code Fn::Sub}, {@code Condition}), else null. */
    static String intrinsicName(Object value) {
        Map<String, Object> m = asMap(value);
        if (m == null || m.size() != 1) {
            return null;
        }
        String key = m.keySet().iterator().next();
        return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::") ? key : null;
    }

    /** A deep, ordered, mutable copy of a tree. */
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, copy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }
}
