package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.target.LbToTargetPorts.Port;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TARGET-SG-FROM-LB: targets of load balancers that have security groups admit their traffic port only from those
 * groups. Not raised when an NLB without security groups reaches the target: its targets must admit client CIDRs.
 */
public final class TargetSgFromLbRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("TARGET-SG-FROM-LB", Severity.WARNING,
            "Targets admit their traffic port only from the load balancer's security group",
            "If a target admits the traffic port from a CIDR or another group, clients can bypass the load balancer "
                    + "(and its TLS, WAF and routing); reference the load balancer's security group instead.",
            AwsDocs.SECURITY_GROUPS);

    public TargetSgFromLbRule() {
        super(INFO, Targets.TYPES);
    }

    @Override
    public List<Finding> check(Element target, Topology index) {
        Map<LoadBalancer, Set<Port>> reach = LbToTargetPorts.of(target, index);
        if (reach.isEmpty() || reach.keySet().stream().anyMatch(lb -> lb.securityGroupIds().isEmpty())) {
            return List.of();
        }
        Set<String> lbGroups = new LinkedHashSet<>();
        Set<Port> ports = new LinkedHashSet<>();
        reach.forEach((lb, p) -> {
            lbGroups.addAll(lb.securityGroupIds());
            ports.addAll(p);
        });
        Map<SecurityGroup, List<SgRule>> offending = new LinkedHashMap<>();
        for (SecurityGroup g : index.securityGroupsOf(target)) {
            for (SgRule r : g.ingress()) {
                boolean onPort = ports.stream().anyMatch(p -> r.covers(p.protocol(), p.port()));
                if (onPort && (r.securityGroupId() == null || !lbGroups.contains(r.securityGroupId()))) {
                    offending.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
                }
            }
        }
        if (offending.isEmpty()) {
            return List.of();
        }
        List<Element> resources = new ArrayList<>(List.of(target));
        resources.addAll(offending.keySet());
        List<String> sources = new ArrayList<>();
        offending.forEach((g, rules) -> rules.forEach(r -> sources.add("%s from %s (%s)".formatted(r.portText(),
                r.cidr() != null ? r.cidr() : index.name(r.securityGroupId()), g.name()))));
        String only = String.join(", ", lbGroups.stream().map(index::name).toList());
        return List.of(Finding.of(INFO, resources, "%s admits %s; only %s should".formatted(target.name(),
                String.join(", ", sources), only), fix(offending, missingLbRules(target, ports, lbGroups, index))));
    }

    /** Rules admitting the load balancer's group on the ports no group reference admits yet (added by the fix). */
    private static List<SgRule> missingLbRules(Element target, Set<Port> ports, Set<String> lbGroups, Topology index) {
        List<SgRule> byGroup = new ArrayList<>();
        index.securityGroupsOf(target).forEach(g -> g.ingress().stream()
                .filter(r -> r.securityGroupId() != null && lbGroups.contains(r.securityGroupId())).forEach(byGroup::add));
        String lbGroup = lbGroups.iterator().next();
        return ports.stream().filter(p -> byGroup.stream().noneMatch(r -> r.covers(p.protocol(), p.port())))
                .map(p -> new SgRule(p.protocol(), p.port(), p.port(), null, lbGroup, "from the load balancer")).toList();
    }

    /** Drop the offending rules, first admitting the load balancer's group where only they admitted it. */
    private static Fix fix(Map<SecurityGroup, List<SgRule>> offending, List<SgRule> added) {
        List<String> names = offending.keySet().stream().map(SecurityGroup::name).toList();
        String label = "Remove the rules that bypass the load balancer from " + String.join(", ", names);
        return new Fix(label, design -> {
            List<Command> commands = new ArrayList<>();
            boolean first = true;
            for (Map.Entry<SecurityGroup, List<SgRule>> e : offending.entrySet()) {
                SecurityGroup current = Fixes.current(design, e.getKey().id(), SecurityGroup.class);
                List<SgRule> kept = new ArrayList<>(current.ingress().stream().filter(r -> !e.getValue().contains(r)).toList());
                if (first) {
                    kept.addAll(added);
                    first = false;
                }
                commands.add(new PutElementCommand(label, current.withIngress(kept)));
            }
            return new CompositeCommand(label, commands);
        });
    }
}
