package dev.archway.model.simulation;

import java.util.List;

/** {@code queries} connections made the same way: the first one's trace and how many reached each instance. */
public record QueryReport(DbTrace first, int queries, List<InstanceCount> instances, long unavailable) {

    public QueryReport {
        instances = List.copyOf(instances);
    }

    /** Connections that reached one instance, and its exact long-run share. */
    public record InstanceCount(String instanceId, String name, long count, double expectedShare) {
    }

    public long count(String name) {
        return instances.stream().filter(i -> i.name().equals(name)).mapToLong(InstanceCount::count).sum();
    }
}
