package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;
import java.util.Optional;

/** HTTP-NOT-REDIRECTED: when an ALB serves HTTPS, its HTTP listeners redirect to HTTPS. */
public final class HttpNotRedirectedRule extends KindRule<Listener> {
    public static final RuleInfo INFO = new RuleInfo("HTTP-NOT-REDIRECTED", Severity.WARNING,
            "HTTP listeners redirect to HTTPS when the load balancer serves HTTPS",
            "A site that offers HTTPS but still answers on plain HTTP lets clients send cookies and credentials "
                    + "unencrypted; the HTTP listener's default action should redirect to HTTPS.",
            AwsDocs.HTTP_TO_HTTPS);

    public HttpNotRedirectedRule() {
        super(INFO, List.of(Listener.class));
    }

    @Override
    public List<Finding> check(Listener l, Topology index) {
        LoadBalancer lb = index.get(l.loadBalancerId(), LoadBalancer.class);
        if (l.protocol() != Protocol.HTTP || lb == null || !lb.isApplication() || redirectsToHttps(l)) {
            return List.of();
        }
        Optional<Listener> https = index.listenersOf(lb).stream().filter(o -> o.protocol() == Protocol.HTTPS).findFirst();
        if (https.isEmpty()) {
            return List.of();
        }
        int port = https.get().port();
        RedirectConfig redirect = new RedirectConfig("HTTPS", "#{host}", String.valueOf(port), "/#{path}", "#{query}",
                "HTTP_301");
        String label = "Redirect %s to HTTPS:%d".formatted(l.name(), port);
        return List.of(Finding.of(INFO, List.of(l, https.get()), "%s on %s serves plain HTTP although %s serves HTTPS"
                .formatted(l.name(), lb.name(), https.get().name()),
                Fixes.edit(label, l.id(), Listener.class, current -> current.withDefaultActions(
                        List.of(Action.redirect(redirect))))));
    }

    private static boolean redirectsToHttps(Listener l) {
        return l.defaultActions().stream().anyMatch(a -> a.type() == ActionType.REDIRECT && a.redirect() != null
                && "HTTPS".equalsIgnoreCase(a.redirect().protocol()));
    }
}
