package dev.archway.model.validation.rules.target;

import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.ArrayList;
import java.util.List;

/** HEALTHCHECK-SETTINGS-VALID: health-check intervals, timeouts, thresholds and matchers are within AWS's ranges. */
public final class HealthcheckSettingsValidRule extends KindRule<TargetGroup> {
    public static final RuleInfo INFO = new RuleInfo("HEALTHCHECK-SETTINGS-VALID", Severity.ERROR,
            "Health checks use settings AWS accepts",
            "AWS accepts an interval of 5-300 s, a timeout of 2-120 s, thresholds of 2-10 and HTTP success codes "
                    + "from 200 to 499; a TCP health check takes no matcher.",
            AwsDocs.HEALTH_CHECKS);

    public HealthcheckSettingsValidRule() {
        super(INFO, List.of(TargetGroup.class));
    }

    @Override
    public List<Finding> check(TargetGroup group, Topology index) {
        HealthCheck hc = group.healthCheck();
        if (hc == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        range(problems, "interval", hc.intervalSeconds(), 5, 300);
        range(problems, "timeout", hc.timeoutSeconds(), 2, 120);
        range(problems, "healthy threshold", hc.healthyThreshold(), 2, 10);
        range(problems, "unhealthy threshold", hc.unhealthyThreshold(), 2, 10);
        boolean http = isHttp(hc);
        if (!http && hc.matcher() != null) {
            problems.add("a matcher on a %s health check".formatted(hc.protocol()));
        }
        if (http && hc.matcher() != null && !validMatcher(hc.matcher())) {
            problems.add("matcher '%s' (codes 200-499)".formatted(hc.matcher()));
        }
        if (problems.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(INFO, group, "%s's health check has %s".formatted(group.name(),
                String.join(", ", problems)), Fixes.edit("Bring " + group.name() + "'s health check into AWS's ranges",
                group.id(), TargetGroup.class, c -> withHealthCheck(c, repaired(c.healthCheck())))));
    }

    private static void range(List<String> problems, String what, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add("%s %d (%d-%d)".formatted(what, value, min, max));
        }
    }

    private static boolean isHttp(HealthCheck hc) {
        return hc.protocol() != null && hc.protocol().toUpperCase().startsWith("HTTP");
    }

    static boolean validMatcher(String matcher) {
        for (String part : matcher.split(",")) {
            String[] bounds = part.trim().split("-", -1);
            if (bounds.length > 2) {
                return false;
            }
            for (String b : bounds) {
                try {
                    int code = Integer.parseInt(b.trim());
                    if (code < 200 || code > 499) {
                        return false;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static HealthCheck repaired(HealthCheck hc) {
        String matcher = isHttp(hc) ? (hc.matcher() == null || validMatcher(hc.matcher()) ? hc.matcher() : "200") : null;
        return new HealthCheck(hc.protocol(), hc.port(), hc.path(), clamp(hc.intervalSeconds(), 5, 300),
                clamp(hc.timeoutSeconds(), 2, 120), clamp(hc.healthyThreshold(), 2, 10),
                clamp(hc.unhealthyThreshold(), 2, 10), matcher);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    private static TargetGroup withHealthCheck(TargetGroup c, HealthCheck hc) {
        return new TargetGroup(c.id(), c.name(), c.vpcId(), c.protocol(), c.port(), c.targetType(), hc, c.attributes(),
                c.targets());
    }
}
