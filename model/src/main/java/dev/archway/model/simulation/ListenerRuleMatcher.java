package dev.archway.model.simulation;

import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A listener's rules compiled for matching (doc §1.1): rules in ascending priority, the first whose conditions all
 * match wins (conditions ANDed, values ORed), otherwise the default rule. {@link #match} allocates nothing once a
 * Host has been seen: the rules whose host-header condition admits a Host are worked out once per distinct Host
 * (kept for up to {@value #HOSTS_REMEMBERED} hosts), so a request only tries those rules' other conditions.
 */
public final class ListenerRuleMatcher {
    static final int HOSTS_REMEMBERED = 4096;

    private final ListenerRule[] rules;
    private final ConditionMatcher[][] conditions;
    /** Per rule: its host-header condition (null if none) and its other conditions. */
    private final ConditionMatcher[] hostConditions;
    private final ConditionMatcher[][] otherConditions;
    private final boolean hostPortIgnored;
    private final Map<String, int[]> candidatesByHost = new ConcurrentHashMap<>();

    public ListenerRuleMatcher(List<ListenerRule> rules, boolean hostPortIgnored) {
        List<ListenerRule> sorted = new ArrayList<>(rules);
        sorted.sort(Topology.RULE_ORDER);
        this.rules = sorted.toArray(ListenerRule[]::new);
        this.hostPortIgnored = hostPortIgnored;
        int n = this.rules.length;
        this.conditions = new ConditionMatcher[n][];
        this.hostConditions = new ConditionMatcher[n];
        this.otherConditions = new ConditionMatcher[n][];
        for (int i = 0; i < n; i++) {
            conditions[i] = this.rules[i].conditions().stream().map(c -> ConditionMatcher.compile(c, hostPortIgnored))
                    .toArray(ConditionMatcher[]::new);
            List<ConditionMatcher> others = new ArrayList<>();
            for (ConditionMatcher c : conditions[i]) {
                if (c.condition().field() == ConditionField.HOST_HEADER && hostConditions[i] == null) {
                    hostConditions[i] = c;
                } else {
                    others.add(c);
                }
            }
            otherConditions[i] = others.toArray(ConditionMatcher[]::new);
        }
    }

    public int size() {
        return rules.length;
    }

    public ListenerRule rule(int index) {
        return rules[index];
    }

    /** The index of the winning rule in priority order, or -1 when the default rule applies. */
    public int match(SimRequest request) {
        for (int i : candidates(request)) {
            if (allMatch(otherConditions[i], request)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allMatch(ConditionMatcher[] cs, SimRequest request) {
        for (ConditionMatcher c : cs) {
            if (!c.matches(request)) {
                return false;
            }
        }
        return true;
    }

    /** The rules, in priority order, that have conditions and whose host-header condition (if any) admits the Host. */
    private int[] candidates(SimRequest request) {
        String host = hostPortIgnored ? request.hostHeaderWithoutPort() : request.hostHeader();
        int[] known = candidatesByHost.get(host);
        if (known != null) {
            return known;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            boolean hasConditions = conditions[i].length > 0;
            if (hasConditions && (hostConditions[i] == null || hostConditions[i].matches(request))) {
                out.add(i);
            }
        }
        int[] computed = out.stream().mapToInt(Integer::intValue).toArray();
        if (candidatesByHost.size() < HOSTS_REMEMBERED) {
            candidatesByHost.put(host, computed);
        }
        return computed;
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
