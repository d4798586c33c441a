package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** LISTENER-DUPLICATE-PORT: a load balancer has at most one listener per port. */
public final class ListenerDuplicatePortRule extends KindRule<Listener> {
    public static final RuleInfo INFO = new RuleInfo("LISTENER-DUPLICATE-PORT", Severity.ERROR,
            "A load balancer listens on each port once",
            "A listener is identified by its load balancer and port: AWS refuses a second listener on a port that is "
                    + "taken, so the stack would fail to create.",
            AwsDocs.ALB_LISTENERS);

    /** The fix moves the listener to the usual port of its protocol when that one is free. */
    private static final int TLS_PORT = 443;
    private static final int PLAIN_PORT = 80;

    public ListenerDuplicatePortRule() {
        super(INFO, List.of(Listener.class));
    }

    /** Reported on every listener but the first of its port (by id), so that each clash is one finding. */
    @Override
    public List<Finding> check(Listener l, Topology index) {
        LoadBalancer lb = index.get(l.loadBalancerId(), LoadBalancer.class);
        if (lb == null) {
            return List.of();
        }
        List<Listener> earlier = index.listenersOf(lb).stream().filter(o -> o.port() == l.port()
                && o.id().compareTo(l.id()) < 0).toList();
        if (earlier.isEmpty()) {
            return List.of();
        }
        Set<Integer> used = index.listenersOf(lb).stream().map(Listener::port).collect(Collectors.toSet());
        int port = l.protocol() != null && l.protocol().terminatesTls() ? TLS_PORT : PLAIN_PORT;
        return List.of(Finding.of(INFO, List.of(l, earlier.get(0), lb), "%s and %s both listen on port %d of %s"
                .formatted(l.name(), earlier.get(0).name(), l.port(), lb.name()),
                used.contains(port) ? null : Fixes.edit("Move %s to port %d".formatted(l.name(), port), l.id(),
                        Listener.class, x -> new Listener(x.id(), x.name(), x.loadBalancerId(), x.protocol(), port,
                                x.certificateIds(), x.sslPolicy(), x.defaultActions()))));
    }
}
