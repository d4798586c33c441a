package dev.archway.model.validation.rules;

import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Picks subnets that fixes can move things into: same VPC, wanted zone, public or private as needed. */
public final class SubnetChoice {
    private SubnetChoice() {
    }

    /** An unused subnet of the zone, preferring one that no DB subnet group reserves. */
    public static Optional<Subnet> inZone(Topology index, String vpcId, String zone, boolean wantPublic,
            Set<String> excluded) {
        List<Subnet> fitting = index.subnetsInZone(vpcId, zone).stream()
                .filter(s -> !excluded.contains(s.id()) && index.isPublic(s) == wantPublic).toList();
        return fitting.stream().filter(s -> index.referrers(s.id(), DbSubnetGroup.class).isEmpty()).findFirst()
                .or(() -> fitting.stream().findFirst());
    }

    /** A subnet in a zone the load balancer does not use yet, public for an internet-facing one. */
    public static Optional<Subnet> inNewZone(Topology index, LoadBalancer lb, Set<String> usedZones) {
        return index.referrers(lb.vpcId(), Subnet.class).stream()
                .filter(s -> index.zoneOf(s) != null && !usedZones.contains(index.zoneOf(s)))
                .filter(s -> !lb.internetFacing() || index.isPublic(s)).findFirst();
    }

    public static String names(List<Subnet> subnets) {
        return String.join(", ", subnets.stream().map(Subnet::name).toList());
    }
}
