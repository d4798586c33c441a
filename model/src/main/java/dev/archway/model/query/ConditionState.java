package dev.archway.model.query;

import java.util.List;
import java.util.Map;

/**
 * Whether an element of a template exists under the assumptions: its extras hold the template's {@code Condition}
 * attribute and, under {@link #KEY}, that Condition's value as import (or a change of assumptions) evaluated it:
 * {@code Holds} true or false, or absent with {@code Unset} naming the Parameters nobody gave a value.
 */
public final class ConditionState {
    public static final String KEY = "Archway::ConditionValue";
    public static final String HOLDS = "Holds";
    public static final String UNSET = "Unset";

    private ConditionState() {
    }

    /** The Condition's name, or null for an unconditional element. */
    public static String condition(Map<String, Object> extras) {
        return extras.get("Condition") instanceof String name ? name : null;
    }

    /** True or false as evaluated, null when it cannot be told (or for an unconditional element). */
    public static Boolean holds(Map<String, Object> extras) {
        return extras.get(KEY) instanceof Map<?, ?> m && m.get(HOLDS) instanceof Boolean b ? b : null;
    }

    /** The Parameters without a value the Condition reads (empty when it can be told). */
    public static List<String> unset(Map<String, Object> extras) {
        if (extras.get(KEY) instanceof Map<?, ?> m && m.get(UNSET) instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The state to keep in an element's extras. */
    public static Map<String, Object> state(Boolean holds, List<String> unset) {
        return holds != null ? Map.of(HOLDS, holds) : Map.of(UNSET, List.copyOf(unset));
    }
}
