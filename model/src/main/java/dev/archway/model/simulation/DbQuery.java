package dev.archway.model.simulation;

/**
 * A query to simulate: a read or a write, to a cluster named directly, or through an application's Django router
 * ({@code appName}, optionally with {@code .using(alias)}). Names are design names; null when not given.
 */
public record DbQuery(boolean write, String clusterName, String appName, String using) {

    public static DbQuery reads() {
        return new DbQuery(false, null, null, null);
    }

    public static DbQuery writes() {
        return new DbQuery(true, null, null, null);
    }

    public DbQuery viaApp(String app) {
        return new DbQuery(write, clusterName, app, using);
    }

    public DbQuery using(String alias) {
        return new DbQuery(write, clusterName, appName, alias);
    }

    public DbQuery onCluster(String cluster) {
        return new DbQuery(write, cluster, appName, using);
    }
}
