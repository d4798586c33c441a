package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.EcsService;
import dev.archway.model.network.AvailabilityZone;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a person names in a scenario, as the simulator keys it: an AZ by its element's name or its AWS zone name, a
 * target by its element's name (or {@code Service#n} for one task of a service, {@code Group#n} for one instance of
 * an Auto Scaling group). The CLI and lessons both take names.
 */
public final class ScenarioNames {
    private ScenarioNames() {
    }

    /** The AWS zone name of the AZ called {@code name}; {@code option} names the input in the error. */
    public static String zone(Design design, String name, String option) {
        Set<String> zones = new LinkedHashSet<>();
        for (AvailabilityZone az : design.all(AvailabilityZone.class)) {
            String zone = ZoneNames.of(az);
            if (az.name().equals(name) || name.equals(zone)) {
                return zone;
            }
            zones.add(zone);
        }
        throw new IllegalArgumentException(option + " '" + name + "': no AZ of that name or zone; the design has "
                + (zones.isEmpty() ? "no AZs" : String.join(", ", zones)));
    }

    /** The target key of the target called {@code name} (an element id, or {@code serviceId#n}). */
    public static String targetKey(Design design, String name, String option) {
        Element e = design.byName(name).orElse(null);
        if (e != null) {
            return e.id();
        }
        String task = serviceTask(design, name);
        if (task != null) {
            return task;
        }
        throw new IllegalArgumentException(option + " '" + name + "': no target of that name in the design");
    }

    /**
     * Whether {@code key} is a target's key in the design: an element's id, or {@code id#n} for the n-th task of an
     * ECS service or instance of an Auto Scaling group (n from 1 to its desired count).
     */
    public static boolean isTargetKey(Design design, String key) {
        int hash = key.lastIndexOf('#');
        if (design.contains(key) || hash <= 0) {
            return design.contains(key);
        }
        Element e = design.get(key.substring(0, hash));
        int copies = e instanceof EcsService s ? s.desiredCount() : e instanceof AutoScalingGroup g
                ? g.desiredCapacity() : 0;
        String n = key.substring(hash + 1);
        return n.matches("[1-9][0-9]{0,8}") && Integer.parseInt(n) <= copies;
    }

    private static String serviceTask(Design design, String name) {
        int hash = name.lastIndexOf('#');
        Element named = hash <= 0 ? null : design.byName(name.substring(0, hash)).orElse(null);
        int copies = named instanceof EcsService s ? s.desiredCount() : named instanceof AutoScalingGroup g
                ? g.desiredCapacity() : 0;
        if (copies == 0) {
            return null;
        }
        try {
            int task = Integer.parseInt(name.substring(hash + 1));
            return task >= 1 && task <= copies ? named.id() + "#" + task : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
