package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the instances of an Auto Scaling group run: Auto Scaling keeps an equal number of instances in each enabled
 * AZ (its balanced distribution), so instance i goes to the (i mod n)th AZ of its subnets, in the order the group
 * names them, and within an AZ to its subnets in turn. A subnet without a known AZ counts as an AZ of its own.
 */
public final class InstanceSpread {
    private InstanceSpread() {
    }

    /** The subnet id of each of the group's {@code desiredCapacity} instances, in launch order. */
    public static List<String> subnetsOfInstances(Design design, AutoScalingGroup group) {
        Map<String, List<String>> byZone = new LinkedHashMap<>();
        for (String id : group.subnetIds()) {
            Subnet s = design.get(id, Subnet.class);
            String zone = s == null || s.azId() == null ? id : s.azId();
            byZone.computeIfAbsent(zone, k -> new ArrayList<>()).add(id);
        }
        List<List<String>> zones = new ArrayList<>(byZone.values());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < group.desiredCapacity() && !zones.isEmpty(); i++) {
            List<String> inZone = zones.get(i % zones.size());
            out.add(inZone.get((i / zones.size()) % inZone.size()));
        }
        return out;
    }
}
