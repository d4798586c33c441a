package dev.archway.exporters.config;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The only way text from a design reaches generated Python, nginx or Apache configuration: escaped for the place it
 * lands in, so no name, host or alias can end a string, a docstring or a comment and become configuration or code.
 */
final class ConfigText {
    private static final Set<String> PYTHON_KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "match", "case", "type", "_");

    private ConfigText() {
    }

    /** A double-quoted Python string literal; anything outside printable ASCII is an escape. */
    static String pyString(String s) {
        return s == null ? "None" : "\"" + pyEscaped(s) + "\"";
    }

    /** Text inside a {@code """docstring"""}: escaped as in a literal, so it never holds three quotes. */
    static String pyDocText(String s) {
        return pyEscaped(s);
    }

    /** A Python identifier: a keyword gets a trailing underscore. */
    static String pyIdentifier(String name) {
        return PYTHON_KEYWORDS.contains(name) ? name + "_" : name;
    }

    /**
     * Text after {@code #} in Python, nginx or Apache: one line, control characters and backslashes (Apache continues
     * a line that ends in one) written as {@code U+XXXX}.
     */
    static String comment(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == '\\' || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
                    || Character.isSurrogate((char) c)) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * One argument of an nginx or Apache directive (a host name, a CIDR): characters that could end the argument or
     * the directive ({@code ; { } " ' $ #}, spaces, controls, non-ASCII) are written as {@code %XX} of their UTF-8.
     */
    static String directiveArgument(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || ".-_*?~:/[]".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.length() == 0 ? "\"\"" : out.toString();
    }

    private static String pyEscaped(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
