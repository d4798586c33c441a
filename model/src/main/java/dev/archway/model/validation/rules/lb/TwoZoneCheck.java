package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.RuleInfo;
import java.util.List;
import java.util.Set;

/** The check LB-TWO-AZ and NLB-SINGLE-AZ share: a load balancer's subnets lie in two AZs, else add one (fix). */
final class TwoZoneCheck {
    private TwoZoneCheck() {
    }

    static List<Finding> check(RuleInfo info, LoadBalancer lb, Topology index) {
        List<Subnet> subnets = index.subnetsOf(lb);
        Set<String> zones = index.zonesOf(subnets);
        if (zones.size() >= 2 || !index.zonesKnown(subnets)) {
            return List.of();
        }
        String where = zones.isEmpty() ? "no Availability Zone" : "only " + String.join(", ", zones);
        return List.of(Finding.of(info, lb, lb.name() + " has subnets in " + where,
                AddZoneFix.forLoadBalancer(lb, zones, index).orElse(null)));
    }
}
