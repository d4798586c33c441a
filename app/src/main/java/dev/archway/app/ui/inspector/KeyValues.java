package dev.archway.app.ui.inspector;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A string map as one line: {@code key=value, key=value} (AWS attribute names keep their dots). */
final class KeyValues {
    private KeyValues() {
    }

    static String format(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }


    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("write name=value, e.g. deregistration_delay.timeout_seconds=30");
            }
            out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return out;
    }
}
