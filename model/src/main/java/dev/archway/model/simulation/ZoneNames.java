package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.query.Topology;

/**
 * The zone of an AZ element as the simulator keys it ({@link #of}: its AWS zone name or slot, or its name when the
 * design does not say), and as a person reads it ({@link #label}: a slot by its region, {@code 1st AZ of eu-west-1}).
 */
public final class ZoneNames {
    private ZoneNames() {
    }

    public static String of(AvailabilityZone az) {
        return az.zone() == null || az.zone().isBlank() ? az.name() : az.zone();
    }

    /** A zone the simulator keys, as hops and messages name it. */
    public static String label(Design design, String zone) {
        return new Topology(design).zoneLabel(zone);
    }
}
