package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.query.Unknown;
import dev.archway.model.rule.CannotTell;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.RuleInfo;
import java.util.List;
import java.util.Set;

/**
 * The check LB-TWO-AZ and NLB-SINGLE-AZ share: a load balancer's subnets lie in two AZs, else add one (fix). Subnets
 * from outside the template whose AZ is not given could make up the second AZ: then it cannot tell.
 */
final class TwoZoneCheck {
    private TwoZoneCheck() {
    }

    static List<Finding> check(RuleInfo info, LoadBalancer lb, Topology index) {
        List<Subnet> subnets = index.subnetsOf(lb);
        List<Unknown> unknown = index.unknownZones(subnets);
        List<Subnet> known = subnets.stream().filter(s -> index.unknownZone(s).isEmpty()).toList();
        Set<String> zones = index.zonesOf(known);
        if (zones.size() >= 2 || !index.zonesKnown(known)) {
            return List.of();
        }
        if (zones.size() + unknown.size() >= 2) {
            return List.of(CannotTell.finding(info, lb, "whether " + lb.name() + " spans two Availability Zones",
                    unknown));
        }
        String where = !unknown.isEmpty() ? "only one subnet"
                : zones.isEmpty() ? "subnets in no Availability Zone" : "subnets in only " + index.zoneLabels(zones);
        return List.of(Finding.of(info, lb, lb.name() + " has " + where,
                AddZoneFix.forLoadBalancer(lb, zones, index).orElse(null)));
    }
}
