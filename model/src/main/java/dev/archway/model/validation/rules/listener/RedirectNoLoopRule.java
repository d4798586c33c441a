package dev.archway.model.validation.rules.listener;

import dev.archway.model.Element;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.List;

/** REDIRECT-NO-LOOP: a redirect changes the protocol, host, port or path; otherwise it sends clients back to itself. */
public final class RedirectNoLoopRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("REDIRECT-NO-LOOP", Severity.ERROR,
            "Redirects change the protocol, host, port or path",
            "A redirect that keeps protocol, host, port and path (changing the query does not count) points back at "
                    + "the same listener and loops; AWS requires at least one of them to change.",
            AwsDocs.REDIRECT_CONFIG);

    public RedirectNoLoopRule() {
        super(INFO, ActionsOf.HOLDERS);
    }

    @Override
    public List<Finding> check(Element holder, Topology index) {
        Listener listener = ActionsOf.listenerOf(holder, index);
        List<Finding> findings = new ArrayList<>();
        for (Action a : ActionsOf.of(holder)) {
            if (a.type() == ActionType.REDIRECT && a.redirect() != null && loops(a.redirect(), listener)) {
                findings.add(Finding.of(INFO, holder, ("%s redirects to the same protocol, host, port and path it was "
                        + "asked for").formatted(holder.name()), null));
            }
        }
        return findings;
    }

    static boolean loops(RedirectConfig r, Listener listener) {
        String protocol = listener == null || listener.protocol() == null ? null : listener.protocol().name();
        String port = listener == null ? null : String.valueOf(listener.port());
        return keeps(r.protocol(), "#{protocol}", protocol) && keeps(r.host(), "#{host}", null)
                && keeps(r.port(), "#{port}", port) && keeps(r.path(), "/#{path}", null);
    }

    private static boolean keeps(String value, String keyword, String sameLiteral) {
        return value == null || value.equals(keyword) || (sameLiteral != null && value.equalsIgnoreCase(sameLiteral));
    }
}
