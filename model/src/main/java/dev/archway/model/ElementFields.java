package dev.archway.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An element's fields by name: elements are records, so their components are the fields (the names of the design
 * file). What a diff compares and a lesson's {@code count ... where} matches.
 */
public final class ElementFields {
    private ElementFields() {
    }

    /** The field names of a kind of element, in declaration order. */
    public static List<String> names(Class<? extends Element> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Field name → value, in declaration order. */
    public static Map<String, Object> of(Element element) {
        return of((Record) element);
    }

    /** Component name → value of any record (an element's nested values: actions, conditions, SG rules). */
    public static Map<String, Object> of(Record record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            fields.put(component.getName(), valueOf(component, record));
        }
        return fields;
    }

    /** Names of the differing fields, or {@code kind} when the element became another kind of thing. */
    public static List<String> differing(Element before, Element after) {
        if (before.getClass() != after.getClass() || !before.getClass().isRecord()) {
            return List.of("kind");
        }
        Map<String, Object> now = of(after);
        List<String> fields = new ArrayList<>();
        of(before).forEach((name, value) -> {
            if (!Objects.equals(value, now.get(name))) {
                fields.add(name);
            }
        });
        return fields;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, e);
        }
    }
}
