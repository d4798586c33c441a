package dev.archway.model.validation.rules.lb;

import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.query.Unknown;
import dev.archway.model.rule.CannotTell;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.SubnetChoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** LB-PUBLIC-SUBNET: an internet-facing load balancer uses only subnets routed to an internet gateway. */
public final class LbPublicSubnetRule extends KindRule<LoadBalancer> {
    public static final RuleInfo INFO = new RuleInfo("LB-PUBLIC-SUBNET", Severity.ERROR,
            "Internet-facing load balancers use public subnets",
            "An internet-facing load balancer gets public addresses in each of its subnets; in a subnet without a "
                    + "route to an internet gateway that node cannot be reached from the internet.",
            AwsDocs.ALB_TROUBLESHOOTING);

    public LbPublicSubnetRule() {
        super(INFO, List.of(LoadBalancer.class));
    }

    @Override
    public List<Finding> check(LoadBalancer lb, Topology index) {
        if (!lb.internetFacing()) {
            return List.of();
        }
        List<Subnet> subnets = index.subnetsOf(lb);
        List<Subnet> privateOnes = subnets.stream()
                .filter(s -> index.unknownTier(s).isEmpty() && !index.isPublic(s)).toList();
        if (privateOnes.isEmpty()) {
            List<Unknown> unknown = index.unknownTiers(subnets);
            return unknown.isEmpty() ? List.of() : List.of(CannotTell.finding(INFO, lb,
                    "whether internet-facing " + lb.name() + " uses only public subnets", unknown));
        }
        List<dev.archway.model.Element> resources = new ArrayList<>(List.of(lb));
        resources.addAll(privateOnes);
        String message = "%s is internet-facing but %s %s no route to an internet gateway".formatted(lb.name(),
                SubnetChoice.names(privateOnes), privateOnes.size() == 1 ? "has" : "have");
        return List.of(Finding.of(INFO, resources, message, fix(lb, privateOnes, index).orElse(null)));
    }

    /** Swap each private subnet for an unused public subnet of the same zone, when every one has such a twin. */
    private static Optional<Fix> fix(LoadBalancer lb, List<Subnet> privateOnes, Topology index) {
        Set<String> used = new HashSet<>(lb.subnetIds());
        Map<String, String> swaps = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Subnet s : privateOnes) {
            String zone = index.zoneOf(s);
            Optional<Subnet> twin = zone == null ? Optional.empty()
                    : SubnetChoice.inZone(index, lb.vpcId(), zone, true, used);
            if (twin.isEmpty()) {
                return Optional.empty();
            }
            used.add(twin.get().id());
            swaps.put(s.id(), twin.get().id());
            names.add(twin.get().name() + " for " + s.name());
        }
        String label = "Use " + String.join(", ", names) + " in " + lb.name();
        return Optional.of(Fixes.edit(label, lb.id(), LoadBalancer.class,
                current -> current.withSubnets(current.subnetIds().stream().map(id -> swaps.getOrDefault(id, id)).toList())));
    }
}
