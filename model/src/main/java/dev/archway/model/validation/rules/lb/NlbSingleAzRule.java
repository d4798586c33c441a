package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/** NLB-SINGLE-AZ: a Network Load Balancer spans at least two Availability Zones. */
public final class NlbSingleAzRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("NLB-SINGLE-AZ", Severity.WARNING,
            "Network Load Balancers span at least two Availability Zones",
            "An NLB has one node and one static address per AZ; with a single AZ that address is a single point of "
                    + "failure and an AZ outage takes the service down.",
            AwsDocs.NLB_AZS);

    public NlbSingleAzRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        return !lb.isNetwork() ? List.of() : TwoZoneCheck.check(INFO, lb, index);
    }
}
