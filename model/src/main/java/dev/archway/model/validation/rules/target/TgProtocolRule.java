package dev.archway.model.validation.rules.target;

import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * TG-PROTOCOL: a listener forwards to target groups whose protocol fits it: HTTP or HTTPS behind an ALB; behind an NLB
 * the pairs of aws-semantics §3.1 (TCP to TCP or TCP_UDP, TLS to TCP or TLS, UDP to UDP or TCP_UDP, TCP_UDP to TCP_UDP).
 */
public final class TgProtocolRule extends KindRule<Listener> {
    public static final RuleInfo INFO = new RuleInfo("TG-PROTOCOL", Severity.ERROR,
            "Target groups use a protocol their listener can forward to",
            "An ALB forwards HTTP or HTTPS to its targets; an NLB listener accepts only certain target-group protocols "
                    + "(a TCP listener cannot feed a UDP group). AWS rejects other pairs.",
            AwsDocs.NLB_TARGET_GROUPS);

    public TgProtocolRule() {
        super(INFO, List.of(Listener.class));
    }

    @Override
    public List<Finding> check(Listener l, Topology index) {
        LoadBalancer lb = index.get(l.loadBalancerId(), LoadBalancer.class);
        if (lb == null || l.protocol() == null || l.protocol().isHttp() != lb.isApplication()) {
            return List.of(); // LISTENER-PROTOCOL reports a listener its load balancer cannot have
        }
        Set<Protocol> allowed = allowed(l.protocol());
        List<Finding> findings = new ArrayList<>();
        for (TargetGroup g : index.targetGroupsOf(l)) {
            if (g.protocol() != null && !allowed.contains(g.protocol())) {
                Protocol fitting = fitting(l.protocol(), g.protocol());
                findings.add(Finding.of(INFO, List.of(l, g), "%s (%s) forwards to %s, whose protocol %s it cannot use"
                        .formatted(l.name(), l.protocol(), g.name(), g.protocol()),
                        Fixes.edit("Make %s %s".formatted(g.name(), fitting), g.id(), TargetGroup.class,
                                c -> new TargetGroup(c.id(), c.name(), c.vpcId(), fitting, c.port(), c.targetType(),
                                        c.healthCheck(), c.attributes(), c.targets()))));
            }
        }
        return findings;
    }

    static Set<Protocol> allowed(Protocol listener) {
        switch (listener) {
            case HTTP:
            case HTTPS:
                return EnumSet.of(Protocol.HTTP, Protocol.HTTPS);
            case TCP:
                return EnumSet.of(Protocol.TCP, Protocol.TCP_UDP);
            case TLS:
                return EnumSet.of(Protocol.TCP, Protocol.TLS);
            case UDP:
                return EnumSet.of(Protocol.UDP, Protocol.TCP_UDP);
            default:
                return EnumSet.of(Protocol.TCP_UDP);
        }
    }

    /** The allowed protocol closest to the group's: keep TLS to the targets where possible. */
    private static Protocol fitting(Protocol listener, Protocol group) {
        Set<Protocol> allowed = allowed(listener);
        if (group.terminatesTls() && allowed.contains(Protocol.HTTPS)) {
            return Protocol.HTTPS;
        }
        if (group.terminatesTls() && allowed.contains(Protocol.TLS)) {
            return Protocol.TLS;
        }
        return allowed.iterator().next();
    }
}
