package dev.archway.model.simulation;

import java.util.List;

/**
 * Where one query went: {@code endpoint} is {@code cluster}, {@code reader}, {@code custom:NAME} or
 * {@code instance:NAME}; ids are design element ids. {@code writeAccepted} is false when a write reached a reader
 * (it connects, and the write fails as read-only). {@code promotedId} and {@code failoverDuration} describe a
 * failover when the writer failed.
 */
public record DbTrace(DbOutcome outcome, String endpoint, String clusterId, String aliasName, String instanceId,
        String availabilityZoneId, Boolean writeAccepted, String promotedId, String failoverDuration,
        String blockedById, String blockedReason, List<Hop> hops) {

    public DbTrace {
        hops = List.copyOf(hops);
    }

    public List<String> elementIds() {
        return hops.stream().map(Hop::elementId).filter(id -> id != null).distinct().toList();
    }
}
