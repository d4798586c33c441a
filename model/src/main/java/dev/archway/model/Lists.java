package dev.archway.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Null-safe immutable copies for record components. */
public final class Lists {
    private Lists() {
    }

    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A sorted, unmodifiable copy: maps in records print and compare in a stable order. */
    public static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** An insertion-ordered, unmodifiable copy, for maps whose order is meaningful (CloudFormation properties). */
    public static <V> Map<String, V> copyOrdered(Map<String, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
