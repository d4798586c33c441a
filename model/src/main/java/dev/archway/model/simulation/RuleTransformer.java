package dev.archway.model.simulation;

import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Applies a matched rule's transforms (doc §1.5) after the routing decision: each rewrite's regex is searched in the
 * Host (without port) or in the URL (path, then {@code ?query}); no match leaves the request as it was, a match is
 * replaced ({@code $1}... name groups). A rewrite that matches but cannot produce a valid Host or URL makes the ALB
 * answer HTTP 500. Which part of the URL {@code url-rewrite} sees is UNCONFIRMED; path plus query is assumed.
 */
final class RuleTransformer {
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");

    /** The request as the target receives it, or {@code failure} (the reason for the 500) and the hops. */
    record Result(String host, String path, String query, String failure, List<Hop> hops) {
    }

    private RuleTransformer() {
    }

    static Result apply(ListenerRule rule, String host, String path, String query) {
        List<Hop> hops = new ArrayList<>();
        String h = host;
        String url = query.isEmpty() ? path : path + "?" + query;
        for (RuleTransform t : rule == null ? List.<RuleTransform>of() : rule.transforms()) {
            boolean onHost = t.type() == RuleTransform.Type.HOST_HEADER_REWRITE;
            for (RuleTransform.Rewrite r : t.rewrites()) {
                String before = onHost ? h : url;
                String after;
                try {
                    after = rewrite(r, before);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    return failed(rule, t, before + ": " + e.getMessage(), hops, h, url);
                }
                if (after == null) {
                    hops.add(new Hop(Hop.Step.TRANSFORM, rule.id(), "unchanged", t.type().cfnName() + " '" + r.regex()
                            + "' does not match " + before + ": sent unchanged"));
                    continue;
                }
                boolean valid = onHost ? HOST.matcher(after).matches() : after.startsWith("/");
                if (!valid) {
                    return failed(rule, t, before + " becomes '" + after + "', not a valid "
                            + (onHost ? "host" : "URL"), hops, h, url);
                }
                hops.add(new Hop(Hop.Step.TRANSFORM, rule.id(), "rewritten", t.type().cfnName() + " rewrites "
                        + before + " to " + after + " (after routing: the rule's choice stands)"));
                if (onHost) {
                    h = after;
                } else {
                    url = after;
                }
            }
        }
        int q = url.indexOf('?');
        return new Result(h, q < 0 ? url : url.substring(0, q), q < 0 ? "" : url.substring(q + 1), null, hops);
    }

    /** The rewritten text, or null when the regex does not match. */
    private static String rewrite(RuleTransform.Rewrite r, String text) {
        Matcher m;
        try {
            m = Pattern.compile(r.regex()).matcher(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the regex does not compile");
        }
        return m.find() ? m.replaceFirst(r.replace() == null ? "" : r.replace()) : null;
    }

    private static Result failed(ListenerRule rule, RuleTransform t, String why, List<Hop> hops, String host,
            String url) {
        String reason = t.type().cfnName() + " of rule " + rule.name() + " matches but fails (" + why
                + "): the ALB answers HTTP 500 (doc §1.5)";
        hops.add(new Hop(Hop.Step.TRANSFORM, rule.id(), "failed", reason));
        return new Result(host, url, "", reason, hops);
    }
}
