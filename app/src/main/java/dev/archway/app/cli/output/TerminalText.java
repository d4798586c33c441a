package dev.archway.app.cli.output;

/**
 * Text from a file or an AWS account, made safe to print on a terminal: every control character (a line break that
 * would split a one-line message, an escape sequence that would recolour or clear the screen, a bidirectional
 * override that would reorder what is shown) is written as {@code U+XXXX}, as the CDK export writes it in comments.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String visible(String text) {
        if (text == null || text.codePoints().noneMatch(TerminalText::hidden)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (hidden(c)) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Text of several lines, each made visible; the line breaks between them stay. */
    public static String visibleLines(String text) {
        return text == null ? null : String.join("\n", java.util.Arrays.stream(text.split("\n", -1))
                .map(TerminalText::visible).toList());
    }

    private static boolean hidden(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
