package dev.archway.exporters.safety;

/**
 * Splits generated source into code and the rest (string literals and comments) for Java, TypeScript and Python,
 * enough to tell whether text from a design ended up as code. Throws when a literal or comment is left open.
 */
final class CodeLexer {
    enum Language { JAVA, TYPESCRIPT, PYTHON }

    private CodeLexer() {
    }

    /** The code of {@code source} with every literal and comment removed. */
    static String code(String raw, Language language) {
        String source = language == Language.JAVA ? unicodeEscapesTranslated(raw) : raw;
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (language == Language.PYTHON && c == '#' || language != Language.PYTHON && source.startsWith("//", i)) {
                i = endOfLine(source, i);
            } else if (language != Language.PYTHON && source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = require(end, "comment", i) + 2;
            } else if (language == Language.PYTHON && source.startsWith("\"\"\"", i)) {
                i = closing(source, i + 3, "\"\"\"") + 3;
            } else if (c == '"' || c == '\'' || c == '`' && language == Language.TYPESCRIPT) {
                i = closingQuote(source, i + 1, c) + 1;
                code.append(" S ");
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** javac reads {@code \\uXXXX} (after an even number of backslashes) as that character before anything else. */
    static String unicodeEscapesTranslated(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int backslashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= s.length() && s.substring(j, j + 4).matches("[0-9a-fA-F]{4}")) {
                    out.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
                    i = j + 3;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    private static int endOfLine(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }

    /** The index of the closing quote; a backslash escapes the next character; a line break ends nothing. */
    private static int closingQuote(String s, int from, char quote) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if ((c == '\n' || c == '\r') && quote != '`') {
                throw new IllegalStateException("a line break inside a string literal opened at " + (from - 1));
            }
        }
        throw new IllegalStateException("a string literal left open at " + (from - 1));
    }

    private static int closing(String s, int from, String end) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(end, i)) {
                return i;
            }
        }
        throw new IllegalStateException("a docstring left open at " + from);
    }

    private static int require(int index, String what, int from) {
        if (index < 0) {
            throw new IllegalStateException("a " + what + " left open at " + from);
        }
        return index;
    }
}
