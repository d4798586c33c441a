package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.network.Cidr;
import dev.archway.model.validation.rules.SecurityGroupAccess;

/**
 * The conservative shadowing test of aws-semantics §7: rule A shadows a later rule B only when it is proven that
 * every request B matches also matches A. Anything not proven (regexes, complex globs) is not reported.
 */
final class ConditionCoverage {
    private ConditionCoverage() {
    }

    static boolean shadows(ListenerRule a, ListenerRule b) {
        if (a.conditions().isEmpty()) {
            return false; // RULE-HAS-CONDITION reports that; a rule without conditions is not a valid rule
        }
        return a.conditions().stream().allMatch(ca -> b.conditions().stream().anyMatch(cb -> covers(ca, cb)));
    }

    private static boolean covers(RuleCondition ca, RuleCondition cb) {
        if (ca.field() != cb.field() || !ca.regexValues().isEmpty() || !cb.regexValues().isEmpty()) {
            return false;
        }
        if (ca.field() == ConditionField.HTTP_HEADER
                && (ca.headerName() == null || !ca.headerName().equalsIgnoreCase(cb.headerName()))) {
            return false;
        }
        if (ca.field() == ConditionField.QUERY_STRING) {
            return !cb.queryValues().isEmpty()
                    && cb.queryValues().stream().allMatch(vb -> ca.queryValues().stream().anyMatch(va -> covers(va, vb)));
        }
        return !cb.values().isEmpty()
                && cb.values().stream().allMatch(vb -> ca.values().stream().anyMatch(va -> covers(ca.field(), va, vb)));
    }

    private static boolean covers(QueryPair a, QueryPair b) {
        boolean keyCovered = a.key() == null || (b.key() != null && glob(a.key(), b.key(), true));
        return keyCovered && a.value() != null && b.value() != null && glob(a.value(), b.value(), true);
    }

    private static boolean covers(ConditionField field, String a, String b) {
        switch (field) {
            case PATH_PATTERN:
                return glob(a, b, false);
            case SOURCE_IP:
                Cidr ca = SecurityGroupAccess.parse(a);
                Cidr cb = SecurityGroupAccess.parse(b);
                return ca != null && cb != null && ca.contains(cb);
            case HTTP_REQUEST_METHOD:
                return a.equals(b);
            default:
                return glob(a, b, true);
        }
    }

    static boolean glob(String a, String b) {
        return glob(a, b, false);
    }

    /**
     * Glob containment: proven only for a literal {@code b}, a bare {@code *}, or a literal prefix/suffix with one
     * {@code *}; {@code ignoreCase} for hosts, headers and query strings.
     */
    static boolean glob(String a, String b, boolean ignoreCase) {
        if (!hasWildcard(b)) {
            return matches(a, 0, b, 0, ignoreCase);
        }
        if (a.equals("*")) {
            return true;
        }
        int last = a.length() - 1;
        if (a.endsWith("*") && !hasWildcard(a.substring(0, last))) {
            return b.regionMatches(ignoreCase, 0, a, 0, last);
        }
        if (a.startsWith("*") && !hasWildcard(a.substring(1))) {
            return b.regionMatches(ignoreCase, b.length() - last, a, 1, last);
        }
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    static boolean matches(String glob, String text) {
        return matches(glob, 0, text, 0, false);
    }

    /** Whole-string glob match ({@code *} any run, {@code ?} one character) without building a regex. */
    private static boolean matches(String glob, int g, String text, int t, boolean ignoreCase) {
        while (g < glob.length()) {
            char c = glob.charAt(g);
            if (c == '*') {
                for (int rest = t; rest <= text.length(); rest++) {
                    if (matches(glob, g + 1, text, rest, ignoreCase)) {
                        return true;
                    }
                }
                return false;
            }
            if (t >= text.length() || (c != '?' && !same(c, text.charAt(t), ignoreCase))) {
                return false;
            }
            g++;
            t++;
        }
        return t == text.length();
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || (ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b));
    }

    private static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }


}
