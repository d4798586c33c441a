package dev.archway.model.validation.rules.listener;

import dev.archway.model.Element;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.Protocol;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.List;

/** REDIRECT-NO-HTTPS-DOWNGRADE: an HTTPS listener never redirects to HTTP. */
public final class RedirectNoHttpsDowngradeRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("REDIRECT-NO-HTTPS-DOWNGRADE", Severity.ERROR,
            "HTTPS listeners do not redirect to HTTP",
            "ALB redirects may go HTTP to HTTP, HTTP to HTTPS or HTTPS to HTTPS; AWS does not allow HTTPS to HTTP.",
            AwsDocs.RULE_ACTIONS);

    public RedirectNoHttpsDowngradeRule() {
        super(INFO, ActionsOf.HOLDERS);
    }

    @Override
    public List<Finding> check(Element holder, Topology index) {
        Listener listener = ActionsOf.listenerOf(holder, index);
        if (listener == null || listener.protocol() != Protocol.HTTPS) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Action a : ActionsOf.of(holder)) {
            if (a.type() == ActionType.REDIRECT && a.redirect() != null && "HTTP".equalsIgnoreCase(a.redirect().protocol())) {
                findings.add(Finding.of(INFO, holder, "%s on HTTPS listener %s redirects to HTTP"
                        .formatted(holder.name(), listener.name()), null));
            }
        }
        return findings;
    }
}
