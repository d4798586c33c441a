package dev.archway.model.validation.rules.network;

import dev.archway.model.Element;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import dev.archway.model.validation.rules.SubnetChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NAT-PUBLIC-SUBNET: a public NAT gateway sits in a public subnet with an Elastic IP; a private one has none. */
public final class NatPublicSubnetRule extends KindRule<NatGateway> {
    public static final RuleInfo INFO = new RuleInfo("NAT-PUBLIC-SUBNET", Severity.ERROR,
            "Public NAT gateways sit in a public subnet with an Elastic IP",
            "A public NAT gateway forwards private subnets' traffic to the internet gateway, so it must be in a "
                    + "subnet routed to one and must have an Elastic IP; a private NAT gateway cannot take an Elastic IP.",
            AwsDocs.NAT_GATEWAYS);

    public NatPublicSubnetRule() {
        super(INFO, List.of(NatGateway.class));
    }

    @Override
    public List<Finding> check(NatGateway nat, Topology index) {
        Subnet subnet = index.get(nat.subnetId(), Subnet.class);
        boolean privateSubnet = nat.publicConnectivity() && subnet != null && !index.isPublic(subnet);
        boolean eipWrong = nat.publicConnectivity() != nat.elasticIp();
        if (!privateSubnet && !eipWrong) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (privateSubnet) {
            problems.add("is in %s, which has no route to an internet gateway".formatted(subnet.name()));
        }
        if (eipWrong) {
            problems.add(nat.publicConnectivity() ? "has no Elastic IP" : "is private but has an Elastic IP");
        }
        List<Element> resources = privateSubnet ? List.of(nat, subnet) : List.of(nat);
        return List.of(Finding.of(INFO, resources, "NAT gateway %s %s".formatted(nat.name(),
                String.join(" and ", problems)), fix(nat, privateSubnet ? subnet : null, index).orElse(null)));
    }

    private static Optional<Fix> fix(NatGateway nat, Subnet privateSubnet, Topology index) {
        String target = nat.subnetId();
        if (privateSubnet != null) {
            String zone = index.zoneOf(privateSubnet);
            Optional<Subnet> twin = zone == null ? Optional.empty()
                    : SubnetChoice.inZone(index, privateSubnet.vpcId(), zone, true, Set.of());
            if (twin.isEmpty()) {
                return Optional.empty();
            }
            target = twin.get().id();
        }
        String subnetId = target;
        String label = privateSubnet != null ? "Move %s to %s".formatted(nat.name(), index.name(subnetId))
                : nat.publicConnectivity() ? "Give %s an Elastic IP".formatted(nat.name())
                : "Remove the Elastic IP of %s".formatted(nat.name());
        return Optional.of(Fixes.edit(label, nat.id(), NatGateway.class,
                c -> new NatGateway(c.id(), c.name(), subnetId, c.publicConnectivity(), c.publicConnectivity())));
    }
}
