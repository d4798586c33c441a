package dev.archway.exporters.cfn;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a template tree as YAML the way people write CloudFormation: block style, two-space indent, short-form
 * intrinsics ({@code !Ref Vpc}, {@code !GetAtt Alb.DNSName}, {@code !Sub 'www.${Domain}'}), quotes only where needed.
 */
final class CfnYamlWriter {
    private static final Pattern PLAIN = Pattern.compile(
            "[A-Za-z0-9_./$(][^\\x00-\\x1f\\x7f\\x{85}\\x{2028}\\x{2029}\\x{FEFF}]*");
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i)(y|n|yes|no|true|false|on|off|null|~|[-+]?(\\d[\\d_]*)?\\.?\\d*([eE][-+]?\\d+)?|0x[0-9a-f]+|0o?[0-7]+"
                    + "|[-+]?\\.(inf|nan)|\\d{4}-\\d\\d?-\\d\\d?.*|[-+]?\\d[\\d_:]*(\\.\\d*)?)");
    private final StringBuilder out = new StringBuilder();

    static String write(Map<String, Object> template) {
        CfnYamlWriter w = new CfnYamlWriter();
        w.mapping(template, 0);
        return w.out.toString();
    }

    private void mapping(Map<?, ?> map, int indent) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent(indent);
            out.append(scalar(String.valueOf(e.getKey()))).append(':');
            value(e.getValue(), indent);
        }
    }

    /** A value after {@code key:} or {@code -}: inline when it is a scalar or short form, else a nested block. */
    private void value(Object v, int indent) {
        String fn = Cfn.intrinsicName(v);
        if (fn != null) {
            intrinsic(fn, Cfn.asMap(v).get(fn), indent);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                mapping(m, indent + 2);
            }
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                out.append(" []\n");
            } else if (l.size() <= 4 && l.stream().allMatch(x -> x instanceof Number)) {
                out.append(" [").append(String.join(", ", l.stream().map(String::valueOf).toList())).append("]\n");
            } else {
                out.append('\n');
                sequence(l, indent + 2);
            }
        } else {
            out.append(' ');
            scalarValue(v, indent);
        }
    }

    private void sequence(List<?> list, int indent) {
        for (Object item : list) {
            indent(indent);
            out.append('-');
            if (item instanceof Map<?, ?> m && !m.isEmpty() && Cfn.intrinsicName(item) == null) {
                out.append(' ');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        indent(indent + 2);
                    }
                    first = false;
                    out.append(scalar(String.valueOf(e.getKey()))).append(':');
                    value(e.getValue(), indent + 2);
                }
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                out.append('\n');
                sequence(l, indent + 2);
            } else {
                value(item, indent + 2);
            }
        }
    }

    private void intrinsic(String fn, Object arg, int indent) {
        String tag = fn.equals("Ref") ? "!Ref" : fn.equals("Condition") ? "!Condition" : "!" + fn.substring(4);
        if (fn.equals("Fn::GetAtt") && arg instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String a
                && l.get(1) instanceof String b && (isPlainWord(a + "." + b) || PLAIN.matcher(a + "." + b).matches())) {
            out.append(' ').append(tag).append(' ').append(a).append('.').append(b).append('\n');
            return;
        }
        if (Cfn.intrinsicName(arg) != null) {
            out.append(' ').append(tag).append('\n');
            mapping(Cfn.asMap(arg), indent + 2);
            return;
        }
        if (arg instanceof Map<?, ?> || arg instanceof List<?>) {
            out.append(' ').append(tag);
            value(arg, indent);
            return;
        }
        out.append(' ').append(tag).append(' ');
        scalarValue(arg, indent);
    }

    private void scalarValue(Object v, int indent) {
        if (v instanceof String s && s.contains("\n") && !s.startsWith(" ") && !s.startsWith("\n")
                && !s.contains("\r") && !s.endsWith("\n\n") && !s.endsWith(" ") && blockSafe(s)) {
            literalBlock(s, indent);
            return;
        }
        out.append(v == null ? "null" : v instanceof String s ? scalar(s) : String.valueOf(v)).append('\n');
    }

    /** A literal block holds printable text only: a control or a YAML line break inside would end or break it. */
    private static boolean blockSafe(String s) {
        return s.chars().allMatch(c -> c == '\n' || c >= 0x20 && c != 0x7f && !lineBreak(c));
    }

    private void literalBlock(String s, int indent) {
        boolean trailingNewline = s.endsWith("\n");
        out.append(trailingNewline ? "|" : "|-").append('\n');
        String body = trailingNewline ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                indent(indent + 2);
                out.append(line);
            }
            out.append('\n');
        }
    }

    static String scalar(String s) {
        if (isPlainWord(s)) {
            return s;
        }
        if (PLAIN.matcher(s).matches() && !NOT_A_STRING.matcher(s).matches() && !s.endsWith(" ")
                && !s.contains(" #") && !s.contains(": ") && !s.endsWith(":")) {
            return s;
        }
        boolean printable = s.chars().allMatch(c -> c >= 0x20 && c != 0x7f && !lineBreak(c));
        if (printable) {
            return "'" + s.replace("'", "''") + "'";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> b.append(c < 0x20 || c == 0x7f || lineBreak(c) ? String.format("\\u%04x", (int) c)
                        : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    /**
     * The common case without regular expressions: a word of letters, digits and {@code _ . / -} that starts with a
     * letter and is too long to be a YAML boolean or null ({@code false} is the longest) or a float like {@code e5}.
     */
    private static boolean isPlainWord(String s) {
        if (s.length() <= 5 || !Character.isLetter(s.charAt(0)) || s.charAt(0) == 'e' || s.charAt(0) == 'E') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '.' || c == '/' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Characters YAML reads as line breaks (or a byte-order mark): never left bare in a scalar. */
    private static boolean lineBreak(int c) {
        return c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
    }

    private void indent(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }
}
