package dev.archway.exporters.cfn;

import dev.archway.model.Bounds;
import java.util.List;
import java.util.Map;

/** Reads what {@link CfnMetadata} wrote; a template without it gives logical ids as ids and names, and no layout. */
final class ImportMetadata {
    private final Map<String, Object> archway;
    private final Map<String, Object> elements;

    ImportMetadata(Map<String, Object> template) {
        Map<String, Object> metadata = Cfn.asMap(template.get("Metadata"));
        this.archway = metadata == null ? null : Cfn.asMap(metadata.get(CfnMetadata.KEY));
        Map<String, Object> e = archway == null ? null : Cfn.asMap(archway.get("Elements"));
        this.elements = e == null ? Map.of() : e;
    }

    boolean present() {
        return archway != null;
    }

    String designName() {
        return archway == null || archway.get("Design") == null ? null : String.valueOf(archway.get("Design"));
    }

    private Map<String, Object> entry(String logicalId) {
        Map<String, Object> e = Cfn.asMap(elements.get(logicalId));
        return e == null ? Map.of() : e;
    }

    String id(String logicalId) {
        Object id = entry(logicalId).get("Id");
        return id instanceof String s ? s : logicalId;
    }

    String name(String logicalId) {
        Object name = entry(logicalId).get("Name");
        return name instanceof String s ? s : logicalId;
    }

    boolean hasField(String logicalId, String field) {
        return entry(logicalId).containsKey(field);
    }

    Object field(String logicalId, String field) {
        return entry(logicalId).get(field);
    }

    Bounds bounds(String logicalId) {
        return bounds(entry(logicalId).get("Bounds"));
    }

    static Bounds bounds(Object value) {
        List<Object> b = Cfn.asList(value);
        if (b == null || b.size() != 4) {
            return null;
        }
        try {
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(String.valueOf(b.get(i)));
            }
            return new Bounds(v[0], v[1], v[2], v[3]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where an external element (no resource, no logical id) is drawn, by element id. */
    Bounds externalBounds(String elementId) {
        Map<String, Object> externals = archway == null ? null : Cfn.asMap(archway.get("Externals"));
        Map<String, Object> entry = externals == null ? null : Cfn.asMap(externals.get(elementId));
        return entry == null ? null : bounds(entry.get("Bounds"));
    }

    /** The code of the region the Metadata places the design in, or null. */
    String regionCode() {
        for (Object o : others()) {
            Map<String, Object> m = Cfn.asMap(o);
            if (m != null && "Region".equals(m.get("Kind")) && m.get("Code") instanceof String code) {
                return code;
            }
        }
        return null;
    }

    List<Object> others() {
        List<Object> o = archway == null ? null : Cfn.asList(archway.get("Others"));
        return o == null ? List.of() : o;
    }

    private Map<String, Object> generated() {
        Map<String, Object> g = archway == null ? null : Cfn.asMap(archway.get("Generated"));
        return g == null ? Map.of() : g;
    }

    boolean generatedParameter(String name) {
        List<Object> l = Cfn.asList(generated().get("Parameters"));
        return l != null && l.contains(name);
    }

    boolean generatedOutput(String name) {
        List<Object> l = Cfn.asList(generated().get("Outputs"));
        return l != null && l.contains(name);
    }

    String templateExtrasOn() {
        return archway == null || !(archway.get("TemplateExtrasOn") instanceof String s) ? null : s;
    }

    boolean generatedDescription() {
        return Boolean.TRUE.equals(generated().get("Description"));
    }

    /** The template's Metadata without the Archway part, or null when nothing else is there. */
    static Map<String, Object> otherMetadata(Map<String, Object> template) {
        Map<String, Object> metadata = Cfn.asMap(template.get("Metadata"));
        if (metadata == null) {
            return null;
        }
        Map<String, Object> rest = new java.util.LinkedHashMap<>(metadata);
        rest.remove(CfnMetadata.KEY);
        return rest.isEmpty() ? null : rest;
    }
}
