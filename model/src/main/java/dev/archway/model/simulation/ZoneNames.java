package dev.archway.model.simulation;

import dev.archway.model.network.AvailabilityZone;

/** The AWS zone name of an AZ element, or its name when the design does not say (an imported template may not). */
public final class ZoneNames {
    private ZoneNames() {
    }

    public static String of(AvailabilityZone az) {
        return az.zone() == null || az.zone().isBlank() ? az.name() : az.zone();
    }
}
