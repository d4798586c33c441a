package dev.archway.model.validation.rules.network;

import dev.archway.model.network.NatGateway;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.Fix;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** NAT-GW-PER-AZ: a private subnet reaches the internet through a NAT gateway in its own Availability Zone. */
public final class NatGwPerAzRule extends KindRule<Subnet> {
    public static final RuleInfo INFO = new RuleInfo("NAT-GW-PER-AZ", Severity.WARNING,
            "Private subnets use a NAT gateway in their own Availability Zone",
            "A NAT gateway lives in one AZ; subnets of other AZs that route through it lose internet access when "
                    + "that AZ fails. Give each AZ its own NAT gateway.",
            AwsDocs.NAT_GATEWAYS);

    public NatGwPerAzRule() {
        super(INFO, List.of(Subnet.class));
    }

    @Override
    public List<Finding> check(Subnet subnet, Topology index) {
        Optional<Route> route = index.defaultRouteOf(subnet);
        if (route.isEmpty() || route.get().target() != RouteTarget.NAT_GATEWAY) {
            return List.of();
        }
        NatGateway nat = index.get(route.get().targetId(), NatGateway.class);
        String zone = index.zoneOf(subnet);
        String natZone = nat == null ? null : index.zoneOf(index.get(nat.subnetId(), Subnet.class));
        if (zone == null || natZone == null || zone.equals(natZone)) {
            return List.of();
        }
        return List.of(Finding.of(INFO, List.of(subnet, nat), "%s in %s reaches the internet through %s in %s"
                .formatted(subnet.name(), index.zoneLabel(zone), nat.name(), index.zoneLabel(natZone)), fix(subnet, zone, index)));
    }

    /** Use a route table of the VPC whose default route goes to a NAT gateway in the subnet's zone. */
    private static Fix fix(Subnet subnet, String zone, Topology index) {
        for (RouteTable rt : index.referrers(subnet.vpcId(), RouteTable.class)) {
            for (Route r : rt.routes()) {
                if ("0.0.0.0/0".equals(r.destinationCidr()) && r.target() == RouteTarget.NAT_GATEWAY) {
                    NatGateway nat = index.get(r.targetId(), NatGateway.class);
                    if (nat != null && Objects.equals(zone, index.zoneOf(index.get(nat.subnetId(), Subnet.class)))) {
                        return Fixes.edit("Route %s through %s".formatted(subnet.name(), rt.name()), subnet.id(),
                                Subnet.class, c -> c.withRouteTable(rt.id()));
                    }
                }
            }
        }
        return null;
    }
}
