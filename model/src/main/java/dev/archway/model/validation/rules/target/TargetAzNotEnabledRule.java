package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.Lists;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.SubnetChoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** TARGET-AZ-NOT-ENABLED: every target runs in an Availability Zone its load balancer is enabled in. */
public final class TargetAzNotEnabledRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("TARGET-AZ-NOT-ENABLED", Severity.WARNING,
            "Targets run in Availability Zones their load balancer is enabled in",
            "A target registered in an AZ where the load balancer has no subnet stays 'unused' (Target.NotInUse) and "
                    + "receives no traffic.",
            AwsDocs.ALB_OVERVIEW);

    public TargetAzNotEnabledRule() {
        super(INFO, Targets.TYPES);
    }

    @Override
    public List<Finding> check(Element target, Topology index) {
        Set<String> targetZones = index.zonesOf(index.subnetsOfTarget(target));
        List<Finding> findings = new ArrayList<>();
        for (LoadBalancer lb : Targets.loadBalancersOf(target, index)) {
            Set<String> missing = new LinkedHashSet<>(targetZones);
            missing.removeAll(index.zonesOf(index.subnetsOf(lb)));
            if (!missing.isEmpty()) {
                findings.add(Finding.of(INFO, List.of(target, lb), ("%s runs in %s, where %s has no subnet, so it gets "
                        + "no traffic there").formatted(target.name(), index.zoneLabels(missing), lb.name()),
                        fix(lb, missing, index).orElse(null)));
            }
        }
        return findings;
    }

    private static Optional<Fix> fix(LoadBalancer lb, Set<String> zones, Topology index) {
        Set<String> used = new HashSet<>(lb.subnetIds());
        List<Subnet> added = new ArrayList<>();
        for (String zone : zones) {
            Optional<Subnet> s = SubnetChoice.inZone(index, lb.vpcId(), zone, lb.internetFacing(), used);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            added.add(s.get());
        }
        List<String> ids = added.stream().map(Subnet::id).toList();
        return Optional.of(Fixes.edit("Add " + SubnetChoice.names(added) + " to " + lb.name(), lb.id(),
                LoadBalancer.class, c -> {
                    List<String> subnets = new ArrayList<>(Lists.copy(c.subnetIds()));
                    subnets.addAll(ids);
                    return c.withSubnets(subnets);
                }));
    }
}
