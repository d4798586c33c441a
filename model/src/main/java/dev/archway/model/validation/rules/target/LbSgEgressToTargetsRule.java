package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.Lists;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
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
 * LB-SG-EGRESS-TO-TARGETS: the security groups of a load balancer (an ALB, or an NLB that has them) let it reach each
 * target on the traffic and health-check ports: an egress rule naming a target's group or a CIDR covering it.
 */
public final class LbSgEgressToTargetsRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("LB-SG-EGRESS-TO-TARGETS", Severity.ERROR,
            "Load balancer security groups let it reach its targets",
            "Security-group egress applies to the load balancer's own connections: without an outbound rule to the "
                    + "targets on the traffic and health-check ports, health checks fail and no request is forwarded.",
            AwsDocs.ALB_SECURITY_GROUPS);

    public LbSgEgressToTargetsRule() {
        super(INFO, Targets.TYPES);
    }

    @Override
    public List<Finding> check(Element target, Topology index) {
        List<String> targetGroups = Topology.securityGroupIdsOf(target);
        List<Cidr> targetCidrs = targetCidrs(target, index);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<LoadBalancer, Set<Port>> e : LbToTargetPorts.of(target, index).entrySet()) {
            LoadBalancer lb = e.getKey();
            List<SecurityGroup> lbGroups = index.securityGroupsOf(lb);
            if (lbGroups.isEmpty()) {
                continue;
            }
            List<SgRule> egress = SecurityGroupAccess.egress(lbGroups);
            List<Port> blocked = e.getValue().stream().filter(p -> !SecurityGroupAccess.admits(egress, p.protocol(),
                    p.port(), targetGroups, targetCidrs)).toList();
            if (!blocked.isEmpty()) {
                String names = String.join(", ", lbGroups.stream().map(SecurityGroup::name).toList());
                findings.add(Finding.of(INFO, List.of(lb, target), "%s's security groups (%s) do not let it reach %s on %s"
                        .formatted(lb.name(), names, target.name(), LbToTargetPorts.join(blocked)),
                        fix(lbGroups.get(0), target, targetGroups, blocked, index)));
            }
        }
        return findings;
    }

    private static List<Cidr> targetCidrs(Element target, Topology index) {
        if (target instanceof IpTarget ip && ip.ip() != null && Cidr.isValid(ip.ip())) {
            return List.of(Cidr.parse(ip.ip()));
        }
        if (target instanceof EcsService s && s.onContainerInstances()) {
            // the tasks' container instances are somewhere in the VPC of the groups they register in
            return SecurityGroupAccess.parseAll(index.all(TargetGroup.class).stream()
                    .filter(g -> g.targetIds().contains(s.id())).map(g -> index.get(g.vpcId(), Vpc.class))
                    .filter(v -> v != null).map(Vpc::cidr).toList());
        }
        return SecurityGroupAccess.parseAll(index.subnetsOfTarget(target).stream().map(Subnet::cidr).toList());
    }

    /** Let the load balancer's first group reach the target's first group on the blocked ports. */
    private static Fix fix(SecurityGroup lbGroup, Element target, List<String> targetGroups, List<Port> blocked,
            Topology index) {
        if (targetGroups.isEmpty()) {
            return null;
        }
        String destination = targetGroups.get(0);
        List<SgRule> added = blocked.stream().map(p -> new SgRule(p.protocol(), p.port(), p.port(), null, destination,
                "to " + target.name())).toList();
        String label = "Allow %s to %s in %s".formatted(LbToTargetPorts.join(blocked), index.name(destination),
                lbGroup.name());
        return Fixes.edit(label, lbGroup.id(), SecurityGroup.class, c -> {
            List<SgRule> rules = new ArrayList<>(Lists.copy(c.egress()));
            rules.addAll(added);
            return c.withEgress(rules);
        });
    }
}
