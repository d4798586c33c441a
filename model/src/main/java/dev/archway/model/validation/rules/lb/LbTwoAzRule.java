package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;

/** LB-TWO-AZ: an Application Load Balancer has subnets in at least two Availability Zones. */
public final class LbTwoAzRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("LB-TWO-AZ", Severity.ERROR,
            "Application Load Balancers span at least two Availability Zones",
            "AWS requires an ALB to have subnets in at least two AZs and rejects it otherwise; one AZ would also make "
                    + "that AZ a single point of failure.",
            AwsDocs.ALB_OVERVIEW);

    public LbTwoAzRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        return !lb.isApplication() ? List.of() : TwoZoneCheck.check(INFO, lb, index);
    }
}
