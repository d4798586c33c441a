package dev.archway.exporters.cdk;

/**
 * The only way text from a design or a template reaches generated Java or TypeScript: as a string literal, or inside
 * a comment. In a literal anything outside printable ASCII is an escape ({@code \\n}, {@code \\r} named, since
 * javac turns a unicode escape of a line break into a real one); in a comment it is written {@code U+XXXX} and every
 * backslash is doubled, so no line break, no Java unicode escape and no {@code *}{@code /} can end the comment.
 */
final class CodeText {
    private CodeText() {
    }

    /** A double-quoted Java string literal. */
    static String javaString(String s) {
        return '"' + escaped(s, '"') + '"';
    }

    /** A single-quoted TypeScript string literal. */
    static String tsString(String s) {
        return '\'' + escaped(s, '\'') + '\'';
    }

    /** Text for a {@code //} or {@code /** *}{@code /} comment in either language: one line, never closing it. */
    static String comment(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("U+%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString().replace("*/", "*\\/");
    }

    /**
     * A number literal both languages read as the same value; anything else (NaN, a number past {@code long}) is
     * written as a string, which CloudFormation reads the same way.
     */
    static String number(Number n, boolean java) {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        if (n instanceof Long l) {
            return java ? l + "L" : Math.abs(l) < (1L << 53) ? l.toString() : tsString(l.toString());
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Double.toString(d) : java ? javaString(n.toString()) : tsString(n.toString());
        }
        return java ? javaString(n.toString()) : tsString(n.toString());
    }

    private static String escaped(String s, char quote) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
