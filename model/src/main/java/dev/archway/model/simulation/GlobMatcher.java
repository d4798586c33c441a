package dev.archway.model.simulation;

import java.util.Locale;

/**
 * An AWS rule value with {@code *} (zero or more characters) and {@code ?} (exactly one), matched against the whole
 * string (doc §1.2: anchored at both ends, {@code *} does not stop at {@code .} or {@code /}). Compiled once; matching
 * allocates nothing and uses no regex. A case-insensitive matcher lower-cases its pattern and expects lower-cased
 * input. With {@code escapes}, {@code \*} and {@code \?} are literal (query-string values).
 */
public final class GlobMatcher {
    private static final byte LITERAL = 0;
    private static final byte ANY_ONE = 1;
    private static final byte ANY_RUN = 2;

    private final String pattern;
    private final char[] chars;
    private final byte[] kinds;
    private final String literal;
    /** Quick rejects: the fewest characters a match needs; the literal text before and after the wildcards. */
    private final int minLength;
    private final String prefix;
    private final String suffix;

    private GlobMatcher(String pattern, char[] chars, byte[] kinds, String literal) {
        this.pattern = pattern;
        this.chars = chars;
        this.kinds = kinds;
        this.literal = literal;
        int min = 0;
        for (byte k : kinds) {
            min += k == ANY_RUN ? 0 : 1;
        }
        this.minLength = min;
        int start = 0;
        while (start < kinds.length && kinds[start] == LITERAL) {
            start++;
        }
        int end = kinds.length;
        while (end > start && kinds[end - 1] == LITERAL) {
            end--;
        }
        this.prefix = new String(chars, 0, start);
        this.suffix = new String(chars, end, kinds.length - end);
    }

    public static GlobMatcher compile(String pattern, boolean ignoreCase, boolean escapes) {
        String text = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
        char[] chars = new char[text.length()];
        byte[] kinds = new byte[text.length()];
        int n = 0;
        boolean wild = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escapes && c == '\\' && i + 1 < text.length()
                    && (text.charAt(i + 1) == '*' || text.charAt(i + 1) == '?')) {
                chars[n] = text.charAt(++i);
                kinds[n++] = LITERAL;
            } else {
                chars[n] = c;
                kinds[n] = c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : LITERAL;
                wild |= kinds[n] != LITERAL;
                n++;
            }
        }
        char[] trimmedChars = java.util.Arrays.copyOf(chars, n);
        byte[] trimmedKinds = java.util.Arrays.copyOf(kinds, n);
        return new GlobMatcher(pattern, trimmedChars, trimmedKinds, wild ? null : new String(trimmedChars));
    }

    public String pattern() {
        return pattern;
    }

    public boolean matches(String s) {
        if (literal != null) {
            return literal.equals(s);
        }
        int n = s.length();
        if (n < minLength || !s.startsWith(prefix) || !s.endsWith(suffix)) {
            return false;
        }
        int m = chars.length;
        int p = 0;
        int i = 0;
        int starP = -1;
        int starI = 0;
        while (i < n) {
            if (p < m && kinds[p] == ANY_RUN) {
                starP = p++;
                starI = i;
            } else if (p < m && (kinds[p] == ANY_ONE || chars[p] == s.charAt(i))) {
                p++;
                i++;
            } else if (starP >= 0) {
                p = starP + 1;
                i = ++starI;
            } else {
                return false;
            }
        }
        while (p < m && kinds[p] == ANY_RUN) {
            p++;
        }
        return p == m;
    }
}
