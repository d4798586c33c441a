package dev.archway.model.simulation;

import dev.archway.model.db.CustomEndpoint;
import dev.archway.model.db.DbInstance;
import java.util.List;

/**
 * The instances an Aurora endpoint can connect to (doc §5.1): the cluster endpoint is the current writer; the
 * reader endpoint spreads connections over the live replicas, or goes to the writer when there are none; a custom
 * endpoint over its live members (READER: replicas only; ANY: any member); an instance endpoint is that instance and
 * does not follow failover.
 */
public final class AuroraEndpointResolver {
    private AuroraEndpointResolver() {
    }

    /** The instances the endpoint connects to (chosen among with equal probability) and why. */
    public record Members(List<DbInstance> instances, String reason) {
    }

    static Members members(ClusterState state, String endpoint) {
        if ("cluster".equals(endpoint)) {
            return state.writer == null ? new Members(List.of(), "the cluster endpoint has no writer to point at")
                    : new Members(List.of(state.writer), "the cluster endpoint points at the writer, "
                            + state.writer.name());
        }
        if ("reader".equals(endpoint)) {
            List<DbInstance> readers = state.readers();
            if (!readers.isEmpty()) {
                return new Members(readers, "the reader endpoint spreads connections (not queries) over the "
                        + "replicas " + names(readers) + " by DNS (5 s TTL)");
            }
            return state.writer == null ? new Members(List.of(), "the reader endpoint has no replica and no writer")
                    : new Members(List.of(state.writer), "the cluster has no live replica: the reader endpoint "
                            + "connects to the writer, " + state.writer.name());
        }
        if (endpoint != null && endpoint.startsWith("custom:")) {
            return custom(state, endpoint.substring("custom:".length()));
        }
        if (endpoint != null && endpoint.startsWith("instance:")) {
            return instance(state, endpoint.substring("instance:".length()));
        }
        throw new IllegalArgumentException("unknown endpoint '" + endpoint
                + "': use cluster, reader, custom:NAME or instance:NAME");
    }

    private static Members custom(ClusterState state, String name) {
        CustomEndpoint ce = state.cluster.customEndpoints().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("cluster " + state.cluster.name()
                        + " has no custom endpoint '" + name + "'"));
        boolean readerOnly = "READER".equalsIgnoreCase(ce.type());
        List<DbInstance> members = state.instances.stream().filter(i -> ce.memberIds().contains(i.id()))
                .filter(state::alive).filter(i -> !readerOnly || !state.isWriter(i)).toList();
        return new Members(members, "custom endpoint " + name + " (" + ce.type() + ") picks with equal probability "
                + "among " + (members.isEmpty() ? "no live member" : names(members)));
    }

    private static Members instance(ClusterState state, String name) {
        DbInstance i = state.instances.stream().filter(x -> x.name().equals(name) || x.id().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("cluster " + state.cluster.name()
                        + " has no instance '" + name + "'"));
        if (!state.alive(i)) {
            return new Members(List.of(), "the instance endpoint of " + i.name()
                    + " does not follow failover, and the instance is down");
        }
        return new Members(List.of(i), "the instance endpoint of " + i.name() + " always reaches that instance");
    }

    static String names(List<DbInstance> instances) {
        return String.join(", ", instances.stream().map(DbInstance::name).toList());
    }
}
