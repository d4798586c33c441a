package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.Lists;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
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
import dev.archway.model.validation.rules.target.LbToTargetPorts.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TARGET-SG-BLOCKS-LB: a target's security groups admit its load balancer on the traffic and health-check ports,
 * by the load balancer's security group or by a CIDR covering the load balancer's subnets (aws-semantics §4.3).
 */
public final class TargetSgBlocksLbRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("TARGET-SG-BLOCKS-LB", Severity.ERROR,
            "Targets admit their load balancer on the traffic and health-check ports",
            "Security groups deny by default: if a target's groups do not admit the load balancer on the target port "
                    + "and the health-check port, health checks fail and no request gets through.",
            AwsDocs.ALB_SECURITY_GROUPS);

    public TargetSgBlocksLbRule() {
        super(INFO, Targets.TYPES);
    }

    @Override
    public List<Finding> check(Element target, Topology index) {
        List<SecurityGroup> groups = index.securityGroupsOf(target);
        if (groups.isEmpty()) {
            return List.of(); // outside the design's security groups (an IP target elsewhere): nothing to check
        }
        List<Unknown> unknown = index.unknownRules(groups);
        List<SgRule> ingress = SecurityGroupAccess.ingress(SecurityGroupAccess.known(groups, index));
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<LoadBalancer, Set<Port>> e : LbToTargetPorts.of(target, index).entrySet()) {
            LoadBalancer lb = e.getKey();
            List<Cidr> lbCidrs = SecurityGroupAccess.parseAll(index.subnetsOf(lb).stream().map(Subnet::cidr).toList());
            List<Port> blocked = e.getValue().stream().filter(p -> !SecurityGroupAccess.admits(ingress, p.protocol(),
                    p.port(), lb.securityGroupIds(), lbCidrs)).toList();
            if (!blocked.isEmpty() && !unknown.isEmpty()) {
                findings.add(CannotTell.finding(INFO, target, "whether %s admits %s on %s".formatted(target.name(),
                        lb.name(), LbToTargetPorts.join(blocked)), unknown));
            } else if (!blocked.isEmpty()) {
                String names = String.join(", ", groups.stream().map(SecurityGroup::name).toList());
                findings.add(Finding.of(INFO, List.of(target, lb), "%s's security groups (%s) do not admit %s on %s"
                        .formatted(target.name(), names, lb.name(), LbToTargetPorts.join(blocked)),
                        fix(groups.get(0), lb, blocked, index)));
            }
        }
        return findings;
    }

    /** Admit the load balancer's first group (or, for an NLB without groups, the VPC's CIDR) on the blocked ports. */
    private static Fix fix(SecurityGroup group, LoadBalancer lb, List<Port> blocked, Topology index) {
        String sourceGroup = lb.securityGroupIds().isEmpty() ? null : lb.securityGroupIds().get(0);
        Vpc vpc = index.get(lb.vpcId(), Vpc.class);
        String cidr = sourceGroup != null || vpc == null ? null : vpc.cidr();
        if (sourceGroup == null && SecurityGroupAccess.parse(cidr) == null) {
            return null;
        }
        List<SgRule> added = blocked.stream().map(p -> new SgRule(p.protocol(), p.port(), p.port(), cidr, sourceGroup,
                "from " + lb.name())).toList();
        String from = sourceGroup != null ? index.name(sourceGroup) : cidr;
        String label = "Allow %s from %s in %s".formatted(LbToTargetPorts.join(blocked), from, group.name());
        return Fixes.edit(label, group.id(), SecurityGroup.class, c -> {
            List<SgRule> rules = new ArrayList<>(Lists.copy(c.ingress()));
            rules.addAll(added);
            return c.withIngress(rules);
        });
    }
}
