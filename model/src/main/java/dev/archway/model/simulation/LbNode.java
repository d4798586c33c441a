package dev.archway.model.simulation;

import dev.archway.model.network.Subnet;

/**
 * A load balancer's node: one per enabled AZ, in the LB's subnet there; {@code zone} as the simulator keys it,
 * {@code zoneLabel} as a person reads it ({@code 1st AZ of eu-west-1} for a slot); {@code address} its static IP if
 * known.
 */
public record LbNode(Subnet subnet, String azId, String zone, String zoneLabel, String address) {

    /** {@code eu-west-1a (203.0.113.10)}. */
    public String label() {
        return zoneLabel + (address == null ? "" : " (" + address + ")");
    }
}
