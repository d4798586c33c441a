package dev.archway.model.validation.rules.lb;

import dev.archway.model.Element;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** LB-ONE-SUBNET-PER-AZ: a load balancer has at most one subnet per Availability Zone. */
public final class LbOneSubnetPerAzRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("LB-ONE-SUBNET-PER-AZ", Severity.ERROR,
            "Load balancers have one subnet per Availability Zone",
            "A load balancer node lives in one subnet of each AZ it is enabled in; AWS rejects a second subnet of the "
                    + "same AZ.",
            AwsDocs.ALB_SET_SUBNETS);

    public LbOneSubnetPerAzRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        Map<String, List<Subnet>> byZone = new LinkedHashMap<>();
        for (Subnet s : index.subnetsOf(lb)) {
            String zone = index.unknownZone(s).isPresent() ? null : index.zoneOf(s); // no guessed zones
            if (zone != null) {
                byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(s);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byZone.forEach((zone, subnets) -> {
            if (subnets.size() > 1) {
                List<Element> resources = new ArrayList<>(List.of(lb));
                resources.addAll(subnets);
                List<String> extra = subnets.subList(1, subnets.size()).stream().map(Subnet::id).toList();
                List<Subnet> extraSubnets = subnets.subList(1, subnets.size());
                String label = "Remove " + SubnetChoice.names(extraSubnets) + " from " + lb.name();
                findings.add(Finding.of(INFO, resources, "%s has %d subnets in %s: %s".formatted(lb.name(),
                        subnets.size(), index.zoneLabel(zone), SubnetChoice.names(subnets)),
                        Fixes.edit(label, lb.id(), LoadBalancer.class, current -> current.withSubnets(
                                current.subnetIds().stream().filter(id -> !extra.contains(id)).toList()))));
            }
        });
        return findings;
    }
}
