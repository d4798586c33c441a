package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.SecurityGroupAccess;
import java.util.ArrayList;
import java.util.List;

/** ALB-SUBNET-SIZE: the subnets of an Application Load Balancer are /27 or larger. */
public final class AlbSubnetSizeRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("ALB-SUBNET-SIZE", Severity.WARNING,
            "Application Load Balancer subnets are /27 or larger",
            "An ALB scales by adding nodes, up to 100 addresses across its subnets; AWS asks for subnets of at least "
                    + "/27 with 8 free addresses, or scaling and AZ changes fail.",
            AwsDocs.ALB_OVERVIEW);

    public AlbSubnetSizeRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        if (!lb.isApplication()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Subnet s : index.subnetsOf(lb)) {
            Cidr cidr = SecurityGroupAccess.parse(s.cidr());
            if (cidr != null && cidr.prefix() > 27) {
                findings.add(Finding.of(INFO, List.of(lb, s), "%s uses %s (%s), smaller than /27".formatted(lb.name(),
                        s.name(), cidr), null));
            }
        }
        return findings;
    }
}
