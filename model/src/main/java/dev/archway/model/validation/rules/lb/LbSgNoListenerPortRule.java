package dev.archway.model.validation.rules.lb;

import dev.archway.model.Lists;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import dev.archway.model.query.Unknown;
import dev.archway.model.rule.CannotTell;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.SecurityGroupAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * LB-SG-NO-LISTENER-PORT: the load balancer's security groups admit clients on every listener port. Internet
 * clients can only be admitted by a CIDR (they carry no security group); internal clients by a CIDR or a group.
 */
public final class LbSgNoListenerPortRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("LB-SG-NO-LISTENER-PORT", Severity.ERROR,
            "Load balancer security groups admit clients on each listener port",
            "Security groups deny by default; without an inbound rule on the listener port no client reaches the "
                    + "listener.",
            AwsDocs.ALB_SECURITY_GROUPS);

    public LbSgNoListenerPortRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        List<SecurityGroup> groups = index.securityGroupsOf(lb);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Unknown> unknown = index.unknownRules(groups);
        List<SgRule> ingress = SecurityGroupAccess.ingress(SecurityGroupAccess.known(groups, index));
        List<Finding> findings = new ArrayList<>();
        for (Listener l : index.listenersOf(lb)) {
            String proto = l.protocol().transport();
            boolean admitted = ingress.stream().anyMatch(r -> r.covers(proto, l.port())
                    && (SecurityGroupAccess.parse(r.cidr()) != null || (!lb.internetFacing() && r.securityGroupId() != null)));
            if (!admitted && !unknown.isEmpty()) {
                findings.add(CannotTell.finding(INFO, lb, "whether %s admits clients on %s/%d"
                        .formatted(lb.name(), proto, l.port()), unknown));
            } else if (!admitted) {
                String names = String.join(", ", groups.stream().map(SecurityGroup::name).toList());
                findings.add(Finding.of(INFO, List.of(lb, l), "%s's security groups (%s) admit no clients on %s/%d for listener %s"
                        .formatted(lb.name(), names, proto, l.port(), l.name()), fix(lb, l, groups.get(0), index)));
            }
        }
        return findings;
    }

    private static Fix fix(LoadBalancer lb, Listener l, SecurityGroup group, Topology index) {
        String source = "0.0.0.0/0";
        if (!lb.internetFacing()) {
            Vpc vpc = index.get(lb.vpcId(), Vpc.class);
            if (vpc == null || SecurityGroupAccess.parse(vpc.cidr()) == null) {
                return null;
            }
            source = vpc.cidr();
        }
        SgRule rule = new SgRule(l.protocol().transport(), l.port(), l.port(), source, null, "clients of " + l.name());
        String label = "Allow %s/%d from %s in %s".formatted(rule.protocol(), l.port(), source, group.name());
        return Fixes.edit(label, group.id(), SecurityGroup.class, current -> {
            List<SgRule> rules = new ArrayList<>(Lists.copy(current.ingress()));
            rules.add(rule);
            return current.withIngress(rules);
        });
    }
}
