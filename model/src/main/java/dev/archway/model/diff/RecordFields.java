package dev.archway.model.diff;

import dev.archway.model.Element;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields of two versions of an element differ; elements are records, so their components are the fields. */
final class RecordFields {
    private RecordFields() {
    }

    /** Names of the differing components, or the kind when the element became another kind of thing. */
    static List<String> differing(Element before, Element after) {
        if (before.getClass() != after.getClass() || !before.getClass().isRecord()) {
            return List.of("kind");
        }
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (!Objects.equals(valueOf(component, before), valueOf(component, after))) {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    private static Object valueOf(RecordComponent component, Element element) {
        try {
            return component.getAccessor().invoke(element);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + element.id(), e);
        }
    }
}
