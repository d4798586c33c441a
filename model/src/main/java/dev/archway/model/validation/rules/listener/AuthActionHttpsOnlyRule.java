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
import java.util.List;

/** AUTH-ACTION-HTTPS-ONLY: authenticate-oidc and authenticate-cognito actions run on HTTPS listeners only. */
public final class AuthActionHttpsOnlyRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("AUTH-ACTION-HTTPS-ONLY", Severity.ERROR,
            "Authentication actions run on HTTPS listeners",
            "ALB user authentication (OIDC or Cognito) sets session cookies and exchanges tokens, so AWS allows it "
                    + "only on HTTPS listeners.",
            AwsDocs.AUTHENTICATE_USERS);

    public AuthActionHttpsOnlyRule() {
        super(INFO, ActionsOf.HOLDERS);
    }

    @Override
    public List<Finding> check(Element holder, Topology index) {
        Listener listener = ActionsOf.listenerOf(holder, index);
        if (listener == null || listener.protocol() != Protocol.HTTP) {
            return List.of();
        }
        for (Action a : ActionsOf.of(holder)) {
            if (a.type() == ActionType.AUTHENTICATE_OIDC || a.type() == ActionType.AUTHENTICATE_COGNITO) {
                return List.of(Finding.of(INFO, holder, "%s authenticates users on HTTP listener %s"
                        .formatted(holder.name(), listener.name()), null));
            }
        }
        return List.of();
    }
}
