package dev.archway.model.validation.rules.target;

import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.SubnetChoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ASG-SINGLE-AZ: an Auto Scaling group behind a load balancer that spans several AZs has subnets in at least two of
 * them. Auto Scaling launches only in the group's own AZs, so when that one AZ fails every target is gone while the
 * load balancer is still up in the others.
 */
public final class AsgSingleAzRule extends KindRule<AutoScalingGroup> {
    public static final RuleInfo INFO = new RuleInfo("ASG-SINGLE-AZ", Severity.WARNING,
            "Auto Scaling groups behind a multi-AZ load balancer span two AZs",
            "Auto Scaling balances instances only over the AZs of the group's subnets. A group in one AZ behind a "
                    + "load balancer in several leaves the load balancer without targets when that AZ fails.",
            AwsDocs.ASG_MULTI_AZ);

    public AsgSingleAzRule() {
        super(INFO, List.of(AutoScalingGroup.class));
    }

    @Override
    public List<Finding> check(AutoScalingGroup group, Topology index) {
        List<Subnet> subnets = index.subnetsOfTarget(group);
        Set<String> zones = index.zonesOf(subnets);
        if (zones.size() != 1 || !index.zonesKnown(subnets)) {
            return List.of();
        }
        for (LoadBalancer lb : Targets.loadBalancersOf(group, index)) {
            Set<String> lbZones = index.zonesOf(lb);
            if (lbZones.size() >= 2) {
                String message = "%s runs only in %s, but %s sends to it from %d AZs".formatted(group.name(),
                        index.zoneLabel(zones.iterator().next()), lb.name(), lbZones.size());
                return List.of(Finding.of(INFO, List.of(group, lb), message, fix(group, subnets, lbZones, zones,
                        index).orElse(null)));
            }
        }
        return List.of();
    }

    /** Adds a subnet, public or private like the group's first, in each other AZ of the load balancer. */
    private static Optional<dev.archway.model.rule.Fix> fix(AutoScalingGroup group, List<Subnet> subnets,
            Set<String> lbZones, Set<String> zones, Topology index) {
        boolean wantPublic = index.isPublic(subnets.get(0));
        Set<String> used = new HashSet<>(group.subnetIds());
        List<String> added = new ArrayList<>();
        for (String zone : lbZones) {
            if (!zones.contains(zone)) {
                SubnetChoice.inZone(index, group.vpcId(), zone, wantPublic, used).ifPresent(s -> {
                    used.add(s.id());
                    added.add(s.id());
                });
            }
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        String label = "Add %s to %s".formatted(String.join(", ", added.stream().map(index::name).toList()),
                group.name());
        return Optional.of(Fixes.edit(label, group.id(), AutoScalingGroup.class, c -> {
            List<String> ids = new ArrayList<>(c.subnetIds());
            added.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            return c.withSubnets(ids);
        }));
    }
}
