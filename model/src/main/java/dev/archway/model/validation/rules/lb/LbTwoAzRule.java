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

/** LB-TWO-AZ: an Application Load Balancer has subnets in at least two Availability Zones. */
public final class LbTwoAzRule implements ElementRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("LB-TWO-AZ", Severity.ERROR,
            "Application Load Balancers span at least two Availability Zones",
            "AWS requires an ALB to have subnets in at least two AZs and rejects it otherwise; one AZ would also make "
                    + "that AZ a single point of failure.",
            AwsDocs.ALB_OVERVIEW);

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
        if (!lb.isApplication()) {
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
