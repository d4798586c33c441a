package dev.archway.app.ui.edit;

import dev.archway.model.Element;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies an element record under a new id and name, pointing its references at copies made in the same paste
 * (a pasted instance lands in the pasted subnet, not the original). Works on any element record by its components.
 */
final class ElementCopier {
    private ElementCopier() {
    }

    static Element copy(Element e, String newId, String newName, Map<String, String> remap) {
        Class<?> type = e.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object v = components[i].getAccessor().invoke(e);
                String name = components[i].getName();
                if (name.equals("id")) {
                    v = newId;
                } else if (name.equals("name")) {
                    v = newName;
                } else {
                    v = remapped(v, remap);
                }
                values[i] = v;
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return (Element) canonical.newInstance(values);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), ex);
        }
    }

    private static Object remapped(Object v, Map<String, String> remap) {
        if (v instanceof String s) {
            return remap.getOrDefault(s, s);
        }
        if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
            List<Object> out = new ArrayList<>();
            list.forEach(x -> out.add(remap.getOrDefault((String) x, (String) x)));
            return out;
        }
        return v;
    }
}
