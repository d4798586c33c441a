package dev.archway.model.simulation;

import java.util.List;

/**
 * Where one request went and why. Ids are design element ids (the canvas highlights them; the CLI prints their
 * names). {@code ruleId} null with a listener means the default rule. {@code targetKey} is the slot key
 * ({@code serviceId#n} for an ECS task) and {@code targetName} its display name. {@code availabilityZoneId} is the
 * target's AZ when forwarded, else the AZ of the load-balancer node the request entered (null when none).
 * {@code targetRequest} is what the target receives, for a forwarded request only (else null).
 */
public record RouteTrace(String request, RouteOutcome outcome, Integer statusCode, String location,
        String loadBalancerId, String listenerId, String listenerLabel, String ruleId, String certificateId,
        String targetGroupId, String targetKey, String targetName, String targetElementId, String availabilityZoneId,
        String blockedById, String blockedReason, List<Hop> hops, TargetRequest targetRequest) {

    public RouteTrace {
        hops = List.copyOf(hops);
    }

    /** The ids of the elements the path touches, in order, without repeats: what the canvas lights up. */
    public List<String> elementIds() {
        return hops.stream().map(Hop::elementId).filter(id -> id != null).distinct().toList();
    }
}
