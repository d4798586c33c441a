package dev.archway.model.validation.rules.target;

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
 * ALB-EMPTY-AZ-CROSS-ZONE-OFF: an ALB target group with cross-zone load balancing turned off has targets in every
 * Availability Zone its load balancer is enabled in.
 */
public final class AlbEmptyAzCrossZoneOffRule extends KindRule<TargetGroup> {
    static final String CROSS_ZONE = "load_balancing.cross_zone.enabled";

    public static final RuleInfo INFO = new RuleInfo("ALB-EMPTY-AZ-CROSS-ZONE-OFF", Severity.WARNING,
            "Target groups without cross-zone have targets in every zone of their ALB",
            "With cross-zone load balancing off on a target group, each ALB node sends only to targets in its own AZ; "
                    + "requests entering an AZ without targets get HTTP 503.",
            AwsDocs.DISABLE_CROSS_ZONE);

    public AlbEmptyAzCrossZoneOffRule() {
        super(INFO, List.of(TargetGroup.class));
    }

    @Override
    public List<Finding> check(TargetGroup group, Topology index) {
        if (!"false".equalsIgnoreCase(group.attributes().get(CROSS_ZONE)) || group.targets().isEmpty()) {
            return List.of();
        }
        List<Subnet> targetSubnets = new ArrayList<>();
        for (String id : group.targetIds()) {
            Element target = index.get(id);
            if (target != null) {
                targetSubnets.addAll(index.subnetsOfTarget(target));
            }
        }
        if (!index.zonesKnown(targetSubnets) || !index.targetsPlaced(group)) {
            return List.of();
        }
        Set<String> targetZones = index.zonesOf(targetSubnets);
        List<Finding> findings = new ArrayList<>();
        for (LoadBalancer lb : index.loadBalancersOf(group)) {
            if (!lb.isApplication()) {
                continue;
            }
            Set<String> empty = new LinkedHashSet<>(index.zonesOf(index.subnetsOf(lb)));
            empty.removeAll(targetZones);
            if (!empty.isEmpty()) {
                findings.add(Finding.of(INFO, List.of(group, lb), ("%s has cross-zone load balancing off and no target "
                        + "in %s, where %s takes requests").formatted(group.name(), index.zoneLabels(empty),
                        lb.name()), null));
            }
        }
        return findings;
    }
}
