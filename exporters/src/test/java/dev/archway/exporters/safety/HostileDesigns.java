package dev.archway.exporters.safety;

import dev.archway.model.Design;
import dev.archway.model.Element;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A design with every free-text field replaced by hostile text: names, descriptions, host names, domains, aliases,
 * strings inside nested records and lists. Ids and references stay, so the design still holds together; a field
 * the model refuses the text for keeps its value, and so do numbers, addresses, CIDR blocks and
 * the names of enumerated values (a protocol, a record type, an engine and its version).
 */
final class HostileDesigns {
    /** Numbers, addresses and CIDR blocks are structure, not free text: a status code, a port, a subnet's range. */
    private static final java.util.regex.Pattern STRUCTURED = java.util.regex.Pattern.compile(
            "[0-9.:/*-]+|[A-Z][A-Z0-9_]*|ELBSecurityPolicy[-A-Za-z0-9]*|aurora[-a-z]*|[0-9]+\\.[0-9a-z_.]+");

    private HostileDesigns() {
    }

    static Design of(Design original, String hostile) {
        Set<String> ids = new HashSet<>();
        original.elements().forEach(e -> ids.add(e.id()));
        Design design = new Design(hostile + " design");
        int[] counter = {0};
        for (Element e : original.elements()) {
            design.put(rewrite(e, ids, hostile, counter));
        }
        original.layout().forEach(design::setBounds);
        return design;
    }

    private static Element rewrite(Element element, Set<String> ids, String hostile, int[] counter) {
        Object[] values = values(element);
        RecordComponent[] components = element.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals("id")) {
                continue;
            }
            Object replaced = hostile(values[i], ids, hostile + " " + counter[0]++);
            Object kept = values[i];
            values[i] = replaced;
            if (build(element.getClass(), values) == null) {
                values[i] = kept;
            }
        }
        Element built = (Element) build(element.getClass(), values);
        return built == null ? element : built;
    }

    /** Text becomes hostile unless it is an id; lists, maps and nested records are rewritten inside. */
    private static Object hostile(Object value, Set<String> ids, String text) {
        if (value instanceof String s) {
            return ids.contains(s) || s.isEmpty() || STRUCTURED.matcher(s).matches() ? s : text;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(hostile(list.get(i), ids, text + "." + i));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, hostile(v, ids, text + "." + k)));
            return out;
        }
        if (value != null && value.getClass().isRecord()) {
            Object[] inner = values(value);
            RecordComponent[] components = value.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                Object kept = inner[i];
                inner[i] = hostile(inner[i], ids, text + "." + components[i].getName());
                if (build(value.getClass(), inner) == null) {
                    inner[i] = kept;
                }
            }
            Object built = build(value.getClass(), inner);
            return built == null ? value : built;
        }
        return value;
    }

    private static Object[] values(Object record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /** The record with these values, or null when its constructor refuses them. */
    private static Object build(Class<?> type, Object[] values) {
        Class<?>[] types = new Class<?>[values.length];
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
