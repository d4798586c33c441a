package dev.archway.model.validation.rules.listener;

import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;

/** LISTENER-PROTOCOL: ALB listeners speak HTTP or HTTPS; NLB listeners TCP, TLS, UDP or TCP_UDP. */
public final class ListenerProtocolRule extends KindRule<Listener> {
    public static final RuleInfo INFO = new RuleInfo("LISTENER-PROTOCOL", Severity.ERROR,
            "Listeners use a protocol their load balancer supports",
            "An Application Load Balancer accepts only HTTP and HTTPS listeners and a Network Load Balancer only TCP, "
                    + "TLS, UDP and TCP_UDP; AWS rejects any other combination.",
            AwsDocs.ALB_LISTENERS);

    public ListenerProtocolRule() {
        super(INFO, List.of(Listener.class));
    }

    @Override
    public List<Finding> check(Listener l, Topology index) {
        LoadBalancer lb = index.get(l.loadBalancerId(), LoadBalancer.class);
        if (lb == null || l.protocol() == null || l.protocol().isHttp() == lb.isApplication()) {
            return List.of();
        }
        Protocol replacement = replacement(l.protocol(), lb.isApplication());
        String kind = lb.isApplication() ? "Application Load Balancer" : "Network Load Balancer";
        String label = "Make %s %s".formatted(l.name(), replacement);
        return List.of(Finding.of(INFO, List.of(l, lb), "%s uses %s, which the %s %s does not support"
                .formatted(l.name(), l.protocol(), kind, lb.name()),
                Fixes.edit(label, l.id(), Listener.class, current -> withProtocol(current, replacement))));
    }

    /** The protocol of the other load-balancer family that keeps TLS termination as it was. */
    static Protocol replacement(Protocol protocol, boolean application) {
        if (application) {
            return protocol.terminatesTls() ? Protocol.HTTPS : Protocol.HTTP;
        }
        return protocol.terminatesTls() ? Protocol.TLS : Protocol.TCP;
    }

    private static Listener withProtocol(Listener l, Protocol protocol) {
        return new Listener(l.id(), l.name(), l.loadBalancerId(), protocol, l.port(), l.certificateIds(), l.sslPolicy(),
                l.defaultActions());
    }
}
