package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.validation.DesignIndex;
import dev.archway.model.validation.ElementRule;
import dev.archway.model.validation.Finding;
import dev.archway.model.validation.RuleInfo;
import dev.archway.model.validation.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;
import java.util.Set;

/** NLB-SINGLE-AZ: a Network Load Balancer spans at least two Availability Zones. */
public final class NlbSingleAzRule implements ElementRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("NLB-SINGLE-AZ", Severity.WARNING,
            "Network Load Balancers span at least two Availability Zones",
            "An NLB has one node and one static address per AZ; with a single AZ that address is a single point of "
                    + "failure and an AZ outage takes the service down.",
            AwsDocs.NLB_AZS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Class<? extends LoadBalancer>> subjectTypes() {
        return List.of(LoadBalancer.class);
    }

    @Override
    public List<Finding> check(LoadBalancer lb, DesignIndex index) {
        if (!lb.isNetwork()) {
            return List.of();
        }
        List<Subnet> subnets = index.subnetsOf(lb);
        Set<String> zones = index.zonesOf(subnets);
        if (zones.size() >= 2 || !index.zonesKnown(subnets)) {
            return List.of();
        }
        String where = zones.isEmpty() ? "no Availability Zone" : "only " + String.join(", ", zones);
        return List.of(Finding.of(INFO, lb, lb.name() + " has subnets in " + where,
                AddZoneFix.forLoadBalancer(lb, zones, index).orElse(null)));
    }
}
