package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** RULE-LIMITS: a rule's conditions stay within AWS's limits on conditions, values, wildcards and syntax. */
public final class RuleLimitsRule extends KindRule<ListenerRule> {
    public static final RuleInfo INFO = new RuleInfo("RULE-LIMITS", Severity.ERROR,
            "Listener rules stay within AWS's condition limits",
            "AWS rejects a rule with more than one host, path, method or source-ip condition, more than 3 values in a "
                    + "condition or 5 in a rule, more than 5 wildcards, values over 128 characters, malformed host "
                    + "names or regex features ALB does not support.",
            AwsDocs.RULE_CONDITIONS);

    private static final Set<ConditionField> ONCE = Set.of(ConditionField.HOST_HEADER, ConditionField.PATH_PATTERN,
            ConditionField.HTTP_REQUEST_METHOD, ConditionField.SOURCE_IP);
    /** Regex features ALB rejects in conditions and transforms alike (doc §1.2, §1.5). */
    static final Pattern UNSUPPORTED_REGEX =
            Pattern.compile("\\(\\?(=|!|<=|<!|>)|\\\\[1-9]|\\\\k<|\\\\[pP]\\{|[*+?}]\\+");
    private static final Pattern HOST_SYNTAX = Pattern.compile("[A-Za-z0-9.*?-]+\\.[A-Za-z]+");

    public RuleLimitsRule() {
        super(INFO, List.of(ListenerRule.class));
    }

    @Override
    public List<Finding> check(ListenerRule rule, Topology index) {
        List<String> problems = problems(rule);
        if (problems.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, rule, rule.name() + " exceeds AWS limits: " + String.join("; ", problems), null));
    }

    static List<String> problems(ListenerRule rule) {
        List<String> problems = new ArrayList<>();
        Map<ConditionField, Integer> counts = new EnumMap<>(ConditionField.class);
        int values = 0;
        int wildcards = 0;
        for (RuleCondition c : rule.conditions()) {
            counts.merge(c.field(), 1, Integer::sum);
            List<String> texts = texts(c);
            int n = c.values().size() + c.queryValues().size() + c.regexValues().size();
            values += n;
            if (n > 3) {
                problems.add("%d values in one %s condition (at most 3)".formatted(n, c.field().awsName()));
            }
            for (String t : texts) {
                wildcards += (int) t.chars().filter(ch -> ch == '*' || ch == '?').count();
                if (t.length() > 128) {
                    problems.add("a %s value longer than 128 characters".formatted(c.field().awsName()));
                }
            }
            fieldProblems(c, problems);
        }
        counts.forEach((field, n) -> {
            if (n > 1 && ONCE.contains(field)) {
                problems.add("%d %s conditions (at most 1)".formatted(n, field.awsName()));
            }
        });
        if (values > 5) {
            problems.add(values + " condition values in the rule (at most 5)");
        }
        if (wildcards > 5) {
            problems.add(wildcards + " wildcards in the rule (at most 5)");
        }
        return problems;
    }

    private static List<String> texts(RuleCondition c) {
        List<String> texts = new ArrayList<>(c.values());
        for (QueryPair q : c.queryValues()) {
            if (q.key() != null) {
                texts.add(q.key());
            }
            if (q.value() != null) {
                texts.add(q.value());
            }
        }
        return texts;
    }

    private static void fieldProblems(RuleCondition c, List<String> problems) {
        for (String v : c.values()) {
            boolean wild = v.indexOf('*') >= 0 || v.indexOf('?') >= 0;
            if (c.field() == ConditionField.HOST_HEADER && !HOST_SYNTAX.matcher(v).matches()) {
                problems.add("host '%s' needs a '.' followed only by letters".formatted(v));
            }
            if ((c.field() == ConditionField.HTTP_REQUEST_METHOD || c.field() == ConditionField.SOURCE_IP) && wild) {
                problems.add("wildcard in %s value '%s'".formatted(c.field().awsName(), v));
            }
            if (c.field() == ConditionField.SOURCE_IP && "255.255.255.255/32".equals(v)) {
                problems.add("source-ip 255.255.255.255/32 is not allowed");
            }
        }
        if (c.headerName() != null && (c.headerName().contains("*") || c.headerName().contains("?"))) {
            problems.add("wildcard in header name '%s'".formatted(c.headerName()));
        }
        for (String regex : c.regexValues()) {
            if (UNSUPPORTED_REGEX.matcher(regex).find()) {
                problems.add("regex '%s' uses a feature ALB does not support".formatted(regex));
            }
            if (regex.length() > 128) {
                problems.add("a regex longer than 128 characters");
            }
        }
    }
}
