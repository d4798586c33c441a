package dev.archway.model.edit;

import dev.archway.model.Element;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies an element record under a new id and name, pointing its references at copies made in the same paste
 * (a pasted instance lands in the pasted subnet, a pasted rule forwards to the pasted target group). Works on any
 * element record by its components, down into nested records (actions, registrations, SG rules, routes).
 */
public final class ElementCopier {
    private ElementCopier() {
    }

    public static Element copy(Element e, String newId, String newName, Map<String, String> remap) {
        Map<String, String> withSelf = new java.util.HashMap<>(remap);
        withSelf.put(e.id(), newId);
        Element copy = (Element) remapped(e, withSelf);
        return copy.withName(newName);
    }

    private static Object remapped(Object v, Map<String, String> remap) {
        if (v instanceof String s) {
            return remap.getOrDefault(s, s);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(x -> out.add(remapped(x, remap)));
            return out;
        }
        if (v instanceof Record r) {
            return rebuilt(r, remap);
        }
        return v;
    }

    private static Object rebuilt(Record r, Map<String, String> remap) {
        Class<?> type = r.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = remapped(components[i].getAccessor().invoke(r), remap);
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), ex);
        }
    }
}
