package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties of one resource being imported. Every read marks the property as interpreted; {@link #rest()} is
 * what is left (unread properties and resource attributes), which the design keeps as CloudFormation extras.
 */
final class ImportedProps {
    final String logicalId;
    private final ImportContext cx;
    private final Map<String, Object> resource;
    private final Map<String, Object> properties;
    private final Set<String> read = new HashSet<>();
    private final Set<String> droppedDependsOn = new HashSet<>();

    ImportedProps(ImportContext cx, String logicalId, Map<String, Object> resource) {
        this.cx = cx;
        this.logicalId = logicalId;
        this.resource = resource;
        Map<String, Object> p = Cfn.asMap(resource.get("Properties"));
        this.properties = p == null ? Map.of() : p;
    }

    Map<String, Object> rawProperties() {
        return properties;
    }

    boolean hasAttributes() {
        return resource.keySet().stream().anyMatch(Cfn.ATTRIBUTES::contains);
    }

    void readAll() {
        read.addAll(properties.keySet());
    }

    boolean has(String key) {
        return properties.containsKey(key);
    }

    Object raw(String key) {
        return properties.get(key);
    }

    /** The property's value with intrinsics evaluated; null when absent (or AWS::NoValue). */
    Object value(String key) throws Unresolved {
        read.add(key);
        if (!properties.containsKey(key)) {
            return null;
        }
        Object v;
        try {
            v = cx.intrinsics.resolve(properties.get(key));
        } catch (Unresolved u) {
            throw new Unresolved(at(key) + Explain.brief(properties.get(key)) + ": " + u.getMessage());
        }
        return v == Intrinsics.NO_VALUE ? null : v;
    }

    String string(String key) throws Unresolved {
        Object v = value(key);
        return v == null ? null : String.valueOf(literal(key, v));
    }

    Integer integer(String key) throws Unresolved {
        Object v = value(key);
        return v == null ? null : toInt(literal(key, v));
    }

    /**
     * A property the model only shows (a master user name, a database name): its literal value, or null when the
     * template computes it from what is known only at deploy time (a secret's {@code {{resolve:...}}} joined with
     * a {@code Ref}); then it stays unread and export writes the expression back as it was.
     */
    String informational(String key) throws Unresolved {
        try {
            return string(key);
        } catch (Unresolved u) {
            read.remove(key);
            return null;
        }
    }

    /**
     * A name the model shows and the engine only compares (an instance class): its literal value, or when the
     * template takes it from a Parameter given at deploy time, the Parameter's name in braces ({@code {DbClass}}).
     */
    String givenAtDeploy(String key) throws Unresolved {
        Object v = value(key);
        if (v instanceof Intrinsics.External x && x.key().startsWith("Ref:")) {
            return "{" + x.name() + "}";
        }
        return v == null ? null : String.valueOf(literal(key, v));
    }

    /** The evaluated value as a literal, or why not, naming the property. */
    private Object literal(String key, Object v) throws Unresolved {
        try {
            return Intrinsics.literal(v);
        } catch (Unresolved u) {
            throw new Unresolved(at(key) + (v instanceof Intrinsics.External ? ""
                    : Explain.brief(properties.get(key)) + " ") + u.getMessage());
        }
    }

    static Integer toInt(Object v) throws Unresolved {
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(String.valueOf(Intrinsics.literal(v)).trim());
        } catch (NumberFormatException e) {
            throw new Unresolved("not a number: " + v);
        }
    }

    boolean bool(String key, boolean absent) throws Unresolved {
        Object v = value(key);
        return v == null ? absent : Boolean.parseBoolean(String.valueOf(literal(key, v)));
    }

    /** Marks a property as interpreted when it has exactly the value export writes; otherwise it stays an extra. */
    void fixed(String key, Object exportedValue) {
        Object v = properties.get(key);
        if (v != null && String.valueOf(v).equals(String.valueOf(exportedValue))) {
            read.add(key);
        }
    }

    <T extends Element> T ref(String key, Class<T> type) throws Unresolved {
        Object v = value(key);
        if (v == null) {
            throw new Unresolved(at(key) + "missing");
        }
        try {
            return cx.referenced(v, type);
        } catch (Unresolved u) {
            throw new Unresolved(at(key) + (v instanceof Intrinsics.External ? ""
                    : Explain.brief(properties.get(key)) + " ") + u.getMessage());
        }
    }

    /** Where a property is, for a reason that names it: {@code Properties.VpcId: }. */
    static String at(String key) {
        return "Properties." + key + ": ";
    }

    <T extends Element> T optionalRef(String key, Class<T> type) throws Unresolved {
        return has(key) && value(key) != null ? ref(key, type) : null;
    }

    <T extends Element> List<String> refs(String key, Class<T> type) throws Unresolved {
        Object v = value(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        List<Object> items = Cfn.asList(v);
        if (items == null) {
            throw new Unresolved(key + " is not a list");
        }
        for (Object item : items) {
            try {
                out.add(cx.referenced(item, type).id());
            } catch (Unresolved u) {
                throw new Unresolved(at(key) + Explain.brief(properties.get(key)) + ": an item " + u.getMessage());
            }
        }
        return out;
    }

    /** Drops DependsOn entries that export writes again by itself (on gateway attachments, listeners, writers). */
    void dropDependsOnTypes(Set<String> types) {
        for (String target : dependsOn()) {
            if (types.contains(cx.typeOf(target))) {
                droppedDependsOn.add(target);
            }
        }
    }

    List<String> dependsOn() {
        Object d = resource.get("DependsOn");
        List<String> out = new ArrayList<>();
        if (d instanceof String s) {
            out.add(s);
        } else if (d instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }

    static Object refTarget(Object v) {
        return v instanceof ResourceRef r ? r.logicalId() : null;
    }

    /** Unread properties and the resource's attributes, in template order. */
    Map<String, Object> rest() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : resource.entrySet()) {
            String key = e.getKey();
            if (key.equals("DependsOn")) {
                List<String> kept = new ArrayList<>(dependsOn());
                kept.removeAll(droppedDependsOn);
                if (!kept.isEmpty()) {
                    out.put("DependsOn", e.getValue() instanceof String ? kept.get(0) : new ArrayList<Object>(kept));
                }
            } else if (Cfn.ATTRIBUTES.contains(key)) {
                out.put(key, e.getValue());
            }
        }
        properties.forEach((k, v) -> {
            if (!read.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
