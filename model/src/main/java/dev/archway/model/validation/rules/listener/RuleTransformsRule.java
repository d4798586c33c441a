package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleTransform;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * RULE-TRANSFORMS: a rule's transforms are ones AWS accepts (doc §1.5): at most one of each type, on an ALB's HTTP or
 * HTTPS listener, each with a rewrite whose regex (of the features ALB supports) and replacement are at most 1024
 * characters, and whose replacement names only capture groups the regex has.
 */
public final class RuleTransformsRule extends KindRule<ListenerRule> {
    public static final RuleInfo INFO = new RuleInfo("RULE-TRANSFORMS", Severity.ERROR,
            "Rule transforms are ones ALB accepts",
            "A rule may carry one host-header-rewrite and one url-rewrite, on an ALB listener; each regex and "
                    + "replacement is at most 1024 characters and uses only the regex features ALB supports.",
            AwsDocs.RULE_TRANSFORMS);
    static final int MAX_LENGTH = 1024;
    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$(\\d+)");

    public RuleTransformsRule() {
        super(INFO, List.of(ListenerRule.class));
    }

    @Override
    public List<Finding> check(ListenerRule rule, Topology index) {
        if (rule.transforms().isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Listener listener = index.get(rule.listenerId(), Listener.class);
        if (listener != null && listener.protocol() != Protocol.HTTP && listener.protocol() != Protocol.HTTPS) {
            problems.add("transforms need an ALB listener, not " + listener.protocol());
        }
        Set<RuleTransform.Type> seen = EnumSet.noneOf(RuleTransform.Type.class);
        for (RuleTransform t : rule.transforms()) {
            if (!seen.add(t.type())) {
                problems.add("more than one " + t.type().cfnName());
            }
            if (t.rewrites().isEmpty()) {
                problems.add(t.type().cfnName() + " without a rewrite");
            }
            t.rewrites().forEach(r -> rewriteProblems(t.type().cfnName(), r, problems));
        }
        if (problems.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, rule, "rule %s: %s".formatted(rule.name(), String.join("; ", problems)),
                null));
    }

    private static void rewriteProblems(String type, RuleTransform.Rewrite r, List<String> problems) {
        String regex = r.regex() == null ? "" : r.regex();
        String replace = r.replace() == null ? "" : r.replace();
        if (regex.isEmpty() || regex.length() > MAX_LENGTH || replace.length() > MAX_LENGTH) {
            problems.add(type + " regex and replacement must be 1 to " + MAX_LENGTH + " characters");
        }
        if (RuleLimitsRule.UNSUPPORTED_REGEX.matcher(regex).find()) {
            problems.add("%s regex '%s' uses a feature ALB does not support".formatted(type, regex));
            return;
        }
        int groups;
        try {
            groups = Pattern.compile(regex).matcher("").groupCount();
        } catch (PatternSyntaxException e) {
            problems.add("%s regex '%s' is not a valid regex".formatted(type, regex));
            return;
        }
        var refs = GROUP_REFERENCE.matcher(replace);
        while (refs.find()) {
            if (Integer.parseInt(refs.group(1)) > groups) {
                problems.add("%s replacement '%s' names group $%s, which the regex does not have"
                        .formatted(type, replace, refs.group(1)));
            }
        }
    }
}
