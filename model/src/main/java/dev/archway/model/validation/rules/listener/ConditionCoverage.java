package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.network.Cidr;
import dev.archway.model.validation.rules.SecurityGroupAccess;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
        boolean keyCovered = a.key() == null || (b.key() != null && glob(lower(a.key()), lower(b.key())));
        return keyCovered && a.value() != null && b.value() != null && glob(lower(a.value()), lower(b.value()));
    }

    private static boolean covers(ConditionField field, String a, String b) {
        switch (field) {
            case PATH_PATTERN:
                return glob(a, b);
            case SOURCE_IP:
                Cidr ca = SecurityGroupAccess.parse(a);
                Cidr cb = SecurityGroupAccess.parse(b);
                return ca != null && cb != null && ca.contains(cb);
            case HTTP_REQUEST_METHOD:
                return a.equals(b);
            default:
                return glob(lower(a), lower(b));
        }
    }

    /** Glob containment: proven only for a literal {@code b}, a bare {@code *}, or a literal prefix/suffix with one {@code *}. */
    static boolean glob(String a, String b) {
        if (!hasWildcard(b)) {
            return matches(a, b);
        }
        if (a.equals("*")) {
            return true;
        }
        if (a.endsWith("*") && !hasWildcard(a.substring(0, a.length() - 1))) {
            return b.startsWith(a.substring(0, a.length() - 1));
        }
        if (a.startsWith("*") && !hasWildcard(a.substring(1))) {
            return b.endsWith(a.substring(1));
        }
        return a.equals(b);
    }

    /** Whole-string glob match: {@code *} any run, {@code ?} one character. */
    static boolean matches(String glob, String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    private static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

}
