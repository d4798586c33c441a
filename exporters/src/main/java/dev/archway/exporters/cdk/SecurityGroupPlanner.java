package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.staticCall;

import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.List;

/**
 * Security groups as L2 {@code SecurityGroup}; rules through {@code addIngressRule}/{@code addEgressRule}. A rule
 * naming another group uses {@code Peer.securityGroupId(other.getSecurityGroupId())}; a rule naming its own group,
 * or a group that names this one back, passes the group itself, so CDK writes a separate ingress resource and the
 * template has no reference cycle.
 */
final class SecurityGroupPlanner {
    private static final CdkType SG = CdkType.ec2("SecurityGroup");
    private static final CdkType PORT = CdkType.ec2("Port");
    private static final CdkType PEER = CdkType.ec2("Peer");
    private final CdkStackDraft plan;

    SecurityGroupPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        List<SecurityGroup> groups = plan.design.all(SecurityGroup.class);
        if (groups.isEmpty()) {
            return;
        }
        plan.about(null);
        plan.comment("security groups");
        for (SecurityGroup sg : groups) {
            plan.about(sg.id());
            plan.declare(sg.id(), sg.name(), SG, new CdkExpr.Construct(SG, CdkNames.constructId(sg.name()),
                    CdkProps.of().put("vpc", plan.ref(sg.vpcId()))
                    .lit("description", sg.description())
                    .lit("allowAllOutbound", allowsAllOutbound(sg)).map()));
        }
        ImplicitRules implicit = new ImplicitRules(plan);
        for (SecurityGroup sg : groups) {
            plan.about(sg.id());
            CdkExpr group = plan.ref(sg.id());
            for (SgRule r : sg.ingress()) {
                if (implicit.covers(sg, r)) {
                    plan.comment(sg.name() + " admits " + plan.design.nameOf(r.securityGroupId()) + " on "
                            + r.portText() + ": CDK adds this rule when the service joins its target group");
                } else {
                    rule(group, "addIngressRule", sg, r);
                }
            }
            if (!allowsAllOutbound(sg)) {
                sg.egress().forEach(r -> rule(group, "addEgressRule", sg, r));
            }
        }
    }

    private static boolean allowsAllOutbound(SecurityGroup sg) {
        return sg.egress().stream().anyMatch(r -> r.allProtocols() && "0.0.0.0/0".equals(r.cidr()));
    }

    private void rule(CdkExpr group, String method, SecurityGroup sg, SgRule rule) {
        CdkExpr peer = peer(sg, rule);
        if (peer == null) {
            plan.comment(sg.name() + ": rule " + rule.portText() + " names a group outside the design; add it by hand");
            return;
        }
        CdkExpr port = port(rule);
        String description = rule.description();
        if (description == null && rule.securityGroupId() != null) {
            // CDK's own description would embed the peer's group id, which is only known at deploy time
            description = (method.equals("addIngressRule") ? "from " : "to ")
                    + plan.design.nameOf(rule.securityGroupId()) + ":" + rule.portText();
        }
        plan.run(description == null ? CdkExpr.call(group, method, peer, port)
                : CdkExpr.call(group, method, peer, port, lit(description)));
    }

    private CdkExpr peer(SecurityGroup sg, SgRule rule) {
        if (rule.cidr() != null) {
            return "0.0.0.0/0".equals(rule.cidr()) ? staticCall(PEER, "anyIpv4") : staticCall(PEER, "ipv4",
                    lit(rule.cidr()));
        }
        String other = rule.securityGroupId();
        if (!plan.has(other)) {
            return null;
        }
        if (other.equals(sg.id()) || namesBack(other, sg.id())) {
            return plan.ref(other);
        }
        return staticCall(PEER, "securityGroupId", CdkExpr.get(plan.ref(other), "securityGroupId"));
    }

    private boolean namesBack(String otherId, String sgId) {
        SecurityGroup other = plan.design.get(otherId, SecurityGroup.class);
        return other != null && other.references().contains(sgId);
    }

    static CdkExpr port(SgRule rule) {
        if (rule.allProtocols()) {
            return staticCall(PORT, "allTraffic");
        }
        String protocol = rule.protocol().toLowerCase();
        if (protocol.equals("icmp") || protocol.equals("1")) {
            return rule.fromPort() < 0 ? staticCall(PORT, "allIcmp")
                    : staticCall(PORT, "icmpTypeAndCode", lit(rule.fromPort()), lit(rule.toPort()));
        }
        String kind = protocol.equals("udp") || protocol.equals("17") ? "udp" : "tcp";
        if (rule.fromPort() < 0) {
            return staticCall(PORT, kind.equals("udp") ? "allUdp" : "allTcp");
        }
        return rule.fromPort() == rule.toPort() ? staticCall(PORT, kind, lit(rule.fromPort()))
                : staticCall(PORT, kind + "Range", lit(rule.fromPort()), lit(rule.toPort()));
    }
}
