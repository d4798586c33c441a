package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.get;

import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A VPC's subnets by the kind CDK knows (public: routes to an internet gateway; private: to a NAT gateway;
 * isolated: neither), for {@code Vpc.fromVpcAttributes}. CDK spreads each kind's subnets over the zones in turn, so a
 * kind is listed only when every zone has the same number of its subnets; CDK then resolves selections such as the
 * subnet filter an NLB with Elastic IPs makes.
 */
final class SubnetGroups {
    private final CdkStackDraft plan;
    private final List<String> zones;
    private final Map<String, List<Subnet>> byKind = new TreeMap<>();

    SubnetGroups(CdkStackDraft plan, List<String> zones, List<Subnet> subnets) {
        this.plan = plan;
        this.zones = zones;
        for (Subnet s : subnets) {
            byKind.computeIfAbsent(kind(s), k -> new ArrayList<>()).add(s);
        }
    }

    void addTo(CdkProps attributes) {
        byKind.forEach((kind, subnets) -> {
            List<Subnet> ordered = spreadOverZones(subnets);
            if (ordered == null) {
                return;
            }
            attributes.put(kind + "SubnetIds", CdkExpr.list(ordered.stream()
                    .map(s -> get(plan.ref(CdkStackDraft.cfn(s.id())), "ref")).toList()));
            List<CdkExpr> tables = new ArrayList<>();
            for (Subnet s : ordered) {
                var table = plan.topology.routeTableOf(s);
                if (table == null || !plan.has(table.id())) {
                    return;
                }
                tables.add(get(plan.ref(table.id()), "ref"));
            }
            attributes.put(kind + "SubnetRouteTableIds", CdkExpr.list(tables));
        });
    }

    private String kind(Subnet s) {
        if (plan.topology.isPublic(s)) {
            return "public";
        }
        boolean nat = plan.topology.defaultRouteOf(s).map(r -> r.target() == RouteTarget.NAT_GATEWAY).orElse(false);
        return nat ? "private" : "isolated";
    }

    /** The subnets in the order CDK assigns zones (zone i mod n), or null when the zones hold unequal numbers. */
    private List<Subnet> spreadOverZones(List<Subnet> subnets) {
        if (zones.isEmpty() || subnets.size() % zones.size() != 0) {
            return null;
        }
        List<List<Subnet>> perZone = new ArrayList<>();
        for (String zone : zones) {
            List<Subnet> inZone = subnets.stream().filter(s -> zone.equals(zoneOf(s)))
                    .sorted(Comparator.comparing(Subnet::name)).toList();
            if (inZone.size() != subnets.size() / zones.size()) {
                return null;
            }
            perZone.add(inZone);
        }
        List<Subnet> ordered = new ArrayList<>();
        for (int round = 0; round < subnets.size() / zones.size(); round++) {
            for (List<Subnet> zone : perZone) {
                ordered.add(zone.get(round));
            }
        }
        return ordered;
    }

    private String zoneOf(Subnet s) {
        AvailabilityZone az = plan.topology.azOf(s);
        return az == null ? null : az.zone();
    }
}
