package dev.archway.model.diff;

import dev.archway.model.ElementFields;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One property of an element that differs between the design and the account, with both values. For a list (rule
 * conditions, SG rules, registered targets) {@link #onlyInDesign} and {@link #onlyInAccount} say which entries
 * differ, so one changed condition reads as that condition and not as the whole list.
 */
public record PropertyChange(String field, Object inDesign, Object inAccount) {

    public List<Object> onlyInDesign() {
        return missingFrom(inDesign, inAccount);
    }

    public List<Object> onlyInAccount() {
        return missingFrom(inAccount, inDesign);
    }

    /** True for list values, which {@link #onlyInDesign} and {@link #onlyInAccount} describe entry by entry. */
    public boolean isList() {
        return inDesign instanceof List<?> || inAccount instanceof List<?>;
    }

    private static List<Object> missingFrom(Object from, Object other) {
        List<?> items = from instanceof List<?> l ? l : List.of();
        List<?> others = other instanceof List<?> l ? l : List.of();
        return items.stream().filter(i -> !others.contains(i)).map(Object.class::cast).toList();
    }

    /**
     * A value as a person reads it: records as {@code Type(field=value, ...)} without empty fields, ids as the
     * names of their elements.
     */
    public static String describe(Object value, Function<String, String> namesOfIds) {
        if (value instanceof String s) {
            return namesOfIds.apply(s);
        }
        if (value instanceof List<?> l) {
            return l.stream().map(v -> describe(v, namesOfIds)).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + "=" + describe(e.getValue(), namesOfIds))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Record r) {
            return record(r, namesOfIds);
        }
        return String.valueOf(value);
    }

    private static String record(Record r, Function<String, String> namesOfIds) {
        String fields = ElementFields.of(r).entrySet().stream().filter(e -> !isEmpty(e.getValue()))
                .map(e -> e.getKey() + "=" + describe(e.getValue(), namesOfIds)).collect(Collectors.joining(", "));
        return r.getClass().getSimpleName() + "(" + fields + ")";
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof List<?> l && l.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
    }
}
