package dev.archway.model.simulation;

import java.util.List;
import java.util.Map;

/**
 * The result of sending {@code requests} identical requests as independent clients would: {@code first} is the
 * first request's trace, {@code targets} how many reached each target (in target-group order) with the long-run
 * share AWS's behaviour gives it, and {@code outcomes} how many ended each way.
 */
public record TrafficReport(RouteTrace first, int requests, List<TargetCount> targets,
        Map<RouteOutcome, Long> outcomes) {

    public TrafficReport {
        targets = List.copyOf(targets);
        outcomes = Map.copyOf(outcomes);
    }

    /** Requests that reached one target; {@code expectedShare} is its exact long-run fraction of all requests. */
    public record TargetCount(String key, String elementId, String name, long count, double expectedShare) {
    }

    public long count(String targetName) {
        return targets.stream().filter(t -> t.name().equals(targetName)).mapToLong(TargetCount::count).sum();
    }

    public double expectedShare(String targetName) {
        return targets.stream().filter(t -> t.name().equals(targetName)).mapToDouble(TargetCount::expectedShare)
                .sum();
    }
}
