package dev.archway.exporters.cfn;

import java.util.HashSet;
import java.util.Set;

/**
 * CloudFormation logical ids derived from element names: letters and digits only ({@code web-alb} becomes
 * {@code WebAlb}), at most 255 characters, unique within one template ({@code Web2} after {@code Web}).
 */
final class LogicalIds {
    private static final int MAX = 255;
    private final Set<String> taken = new HashSet<>();

    /** The valid logical id closest to a name; {@code fallback} when the name has no letter or digit to keep. */
    static String sanitize(String name, String fallback) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (char c : name.toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = out.length() > 0;
            }
        }
        if (out.length() == 0) {
            return fallback;
        }
        if (!Character.isLetter(out.charAt(0))) {
            out.insert(0, fallback);
        }
        return out.length() > MAX ? out.substring(0, MAX) : out.toString();
    }

    static boolean isValid(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX && id.matches("[A-Za-z0-9]+");
    }

    /** Claims {@code wanted}, or the first free {@code wanted2}, {@code wanted3}, ... */
    String claim(String wanted) {
        String id = wanted;
        for (int n = 2; !taken.add(id); n++) {
            id = wanted + n;
        }
        return id;
    }

    boolean isTaken(String id) {
        return taken.contains(id);
    }
}
