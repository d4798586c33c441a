package dev.archway.model.simulation;

import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.RuleCondition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A listener's rules compiled for matching (doc §1.1): rules in ascending priority, the first whose conditions all
 * match wins (conditions ANDed, values ORed), otherwise the default rule. {@link #match} allocates nothing.
 */
public final class ListenerRuleMatcher {
    private final ListenerRule[] rules;
    private final ConditionMatcher[][] conditions;
    private final boolean hostPortIgnored;
    /** Rule indexes to try when the Host is one of the literal hosts, and when it is none of them. */
    private final Map<String, int[]> byHost = new HashMap<>();
    private final int[] anyHost;

    public ListenerRuleMatcher(List<ListenerRule> rules, boolean hostPortIgnored) {
        List<ListenerRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt(ListenerRule::priority));
        this.rules = sorted.toArray(ListenerRule[]::new);
        this.conditions = new ConditionMatcher[this.rules.length][];
        for (int i = 0; i < this.rules.length; i++) {
            conditions[i] = this.rules[i].conditions().stream().map(c -> ConditionMatcher.compile(c, hostPortIgnored))
                    .toArray(ConditionMatcher[]::new);
        }
        this.hostPortIgnored = hostPortIgnored;
        this.anyHost = indexHosts();
    }

    private int[] indexHosts() {
        List<Integer> always = new ArrayList<>();
        Map<String, TreeSet<Integer>> literal = new HashMap<>();
        for (int i = 0; i < rules.length; i++) {
            List<String> hosts = literalHosts(rules[i]);
            if (hosts == null) {
                always.add(i);
            } else {
                for (String h : hosts) {
                    literal.computeIfAbsent(h, k -> new TreeSet<>()).add(i);
                }
            }
        }
        literal.forEach((host, indexes) -> {
            indexes.addAll(always);
            byHost.put(host, indexes.stream().mapToInt(Integer::intValue).toArray());
        });
        return always.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rule's host values when it has a host-header condition of literal values only, else null. */
    private static List<String> literalHosts(ListenerRule rule) {
        for (RuleCondition c : rule.conditions()) {
            if (c.field() == ConditionField.HOST_HEADER && c.regexValues().isEmpty() && !c.values().isEmpty()
                    && c.values().stream().noneMatch(v -> v.contains("*") || v.contains("?"))) {
                return c.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
            }
        }
        return null;
    }

    public int size() {
        return rules.length;
    }

    public ListenerRule rule(int index) {
        return rules[index];
    }

    /** The index of the winning rule in priority order, or -1 when the default rule applies. */
    public int match(SimRequest request) {
        int[] candidates = byHost.get(hostPortIgnored ? request.hostHeaderWithoutPort() : request.hostHeader());
        if (candidates == null) {
            candidates = anyHost;
        }
        for (int i : candidates) {
            if (failedCondition(i, request) < 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first condition of rule {@code index} that the request fails, or -1 when all match. */
    int failedCondition(int index, SimRequest request) {
        ConditionMatcher[] cs = conditions[index];
        if (cs.length == 0) {
            return 0;
        }
        for (int c = 0; c < cs.length; c++) {
            if (!cs[c].matches(request)) {
                return c;
            }
        }
        return -1;
    }

    /** One entry per rule tried, in order, up to and including the winner: why each one failed or matched. */
    public List<RuleVerdict> explain(SimRequest request) {
        List<RuleVerdict> out = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            int failed = failedCondition(i, request);
            if (failed < 0) {
                out.add(new RuleVerdict(rules[i], true, "all conditions match"));
                return out;
            }
            if (conditions[i].length == 0) {
                out.add(new RuleVerdict(rules[i], false, "has no conditions"));
                continue;
            }
            ConditionMatcher c = conditions[i][failed];
            out.add(new RuleVerdict(rules[i], false, c.describe() + " fails: " + c.actual(request)));
        }
        return out;
    }

    /** The outcome of trying one rule. */
    public record RuleVerdict(ListenerRule rule, boolean matched, String reason) {
    }
}
