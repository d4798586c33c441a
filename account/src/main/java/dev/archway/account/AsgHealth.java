package dev.archway.account;

import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import dev.archway.model.simulation.InstanceSpread;
import java.util.ArrayList;
import java.util.List;

/**
 * The account's unhealthy instances of an Auto Scaling group as the simulation's: the simulation keys a group's
 * instances {@code groupId#n}, spread over its subnets' zones ({@link InstanceSpread}), while the account names real
 * instances in real zones. Each unhealthy instance marks the first instance of the simulation in the same zone not
 * yet marked; one in a zone the simulation has no instance in (more running than desired) marks nothing.
 */
final class AsgHealth {
    private final ImportedDesign out;

    AsgHealth(ImportedDesign out) {
        this.out = out;
    }

    /** Marks the group's instances unhealthy, one for each AWS zone name in {@code unhealthyZones}. */
    void carry(AutoScalingGroup group, List<String> unhealthyZones) {
        List<String> left = new ArrayList<>(unhealthyZones);
        List<String> subnets = InstanceSpread.subnetsOfInstances(out.design(), group);
        for (int n = 0; n < subnets.size() && !left.isEmpty(); n++) {
            if (left.remove(zoneOf(subnets.get(n)))) {
                out.unhealthy(group.id() + "#" + (n + 1));
            }
        }
    }

    private String zoneOf(String subnetId) {
        Subnet s = out.get(subnetId, Subnet.class);
        AvailabilityZone az = s == null ? null : out.get(s.azId(), AvailabilityZone.class);
        return az == null ? null : az.zone();
    }
}
