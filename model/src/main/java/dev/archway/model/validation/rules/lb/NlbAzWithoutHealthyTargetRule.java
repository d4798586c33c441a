package dev.archway.model.validation.rules.lb;

import dev.archway.model.Element;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * NLB-AZ-WITHOUT-HEALTHY-TARGET: with cross-zone load balancing off (an NLB's default), every enabled Availability
 * Zone has a target in each group the NLB forwards to.
 */
public final class NlbAzWithoutHealthyTargetRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("NLB-AZ-WITHOUT-HEALTHY-TARGET", Severity.WARNING,
            "Network Load Balancers without cross-zone have targets in every zone",
            "Without cross-zone load balancing an NLB node sends only to targets in its own AZ; an AZ without targets "
                    + "is dropped from DNS, and clients that pinned its static address get no service.",
            AwsDocs.NLB_AZS);

    public NlbAzWithoutHealthyTargetRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        if (!lb.isNetwork() || lb.crossZone()) {
            return List.of();
        }
        Set<String> lbZones = index.zonesOf(index.subnetsOf(lb));
        List<Finding> findings = new ArrayList<>();
        for (TargetGroup group : index.targetGroupsOf(lb)) {
            Set<String> targetZones = new LinkedHashSet<>();
            List<Subnet> targetSubnets = new ArrayList<>();
            for (String id : group.targetIds()) {
                Element target = index.get(id);
                if (target != null) {
                    targetSubnets.addAll(index.subnetsOfTarget(target));
                }
            }
            targetZones.addAll(index.zonesOf(targetSubnets));
            Set<String> empty = new LinkedHashSet<>(lbZones);
            empty.removeAll(targetZones);
            if (!empty.isEmpty() && !group.targets().isEmpty() && index.zonesKnown(targetSubnets)
                    && index.targetsPlaced(group)) {
                findings.add(Finding.of(INFO, List.of(lb, group), "%s has no target of %s in %s and cross-zone load "
                        .formatted(lb.name(), group.name(), index.zoneLabels(empty)) + "balancing is off", null));
            }
        }
        return findings;
    }
}
