package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An Aurora cluster under a scenario (doc §5.2): instances in failed AZs are down; when the writer fails (by
 * {@code --fail-writer} or with its AZ) the replica first in {@link FailoverPlanner#promotionOrder} becomes the
 * writer, the cluster endpoint follows it and the reader endpoint loses it. Without a live replica the cluster has
 * no writer until the primary is recreated.
 */
final class ClusterState {
    final AuroraCluster cluster;
    final List<DbInstance> instances;
    final Set<String> down = new HashSet<>();
    final List<Hop> hops = new ArrayList<>();
    DbInstance writer;
    DbInstance promoted;
    String failoverDuration;
    private final Design design;

    ClusterState(Design design, AuroraCluster cluster, SimulationScenario scenario) {
        this.design = design;
        this.cluster = cluster;
        this.instances = new Topology(design).instancesOf(cluster);
        for (DbInstance i : instances) {
            if (scenario.zoneFailed(zone(i))) {
                down.add(i.id());
            }
        }
        DbInstance original = design.get(cluster.writerId(), DbInstance.class);
        boolean writerFailed = original == null || scenario.writerFailed() || down.contains(original.id());
        if (!writerFailed) {
            writer = original;
            return;
        }
        if (original != null) {
            down.add(original.id());
        }
        failOver(original, scenario);
    }

    private void failOver(DbInstance original, SimulationScenario scenario) {
        String what = original == null ? "the cluster has no writer"
                : "writer " + original.name() + (scenario.writerFailed() ? " failed" : " is down: its AZ failed");
        List<DbInstance> order = FailoverPlanner.promotionOrder(instances.stream()
                .filter(i -> original == null || !i.id().equals(original.id())).filter(i -> !down.contains(i.id()))
                .toList());
        if (order.isEmpty()) {
            boolean noReplicas = instances.size() <= 1;
            failoverDuration = noReplicas && scenario.writerFailed() ? FailoverPlanner.RECREATE_DURATION : null;
            hops.add(new Hop(Hop.Step.FAILOVER, cluster.id(), "no writer", what + "; " + (noReplicas
                    ? "there is no replica: Aurora recreates the primary in its AZ, "
                            + FailoverPlanner.RECREATE_DURATION
                    : "no replica is left outside the failed AZs: new instances must be created by hand in "
                            + "another AZ")));
            return;
        }
        promoted = order.get(0);
        writer = promoted;
        failoverDuration = FailoverPlanner.PROMOTION_DURATION;
        List<String> ranked = order.stream().map(i -> i.name() + " (tier " + i.promotionTier() + ", "
                + i.instanceClass()
                + ")").toList();
        hops.add(new Hop(Hop.Step.FAILOVER, promoted.id(), "promoted", what + "; Aurora promotes " + promoted.name()
                + ": lowest promotion tier, then largest size, then AWS's order among " + ranked
                + "; the cluster endpoint follows it and the reader endpoint drops it; downtime "
                + FailoverPlanner.PROMOTION_DURATION + undersized(promoted)));
    }

    /** Doc §5.2: Serverless v2 readers in tiers 2-15 scale on their own and may be undersized when promoted. */
    private static String undersized(DbInstance i) {
        return "db.serverless".equals(i.instanceClass()) && i.promotionTier() >= 2
                ? "; as a Serverless v2 reader in tier " + i.promotionTier() + " it did not scale with the writer and "
                        + "may be undersized at first"
                : "";
    }

    String zone(DbInstance i) {
        AvailabilityZone az = design.get(i.azId(), AvailabilityZone.class);
        return az == null ? i.azId() : ZoneNames.of(az);
    }

    boolean alive(DbInstance i) {
        return !down.contains(i.id());
    }

    boolean isWriter(DbInstance i) {
        return writer != null && writer.id().equals(i.id());
    }

    /** Live instances other than the writer: the reader endpoint's members. */
    List<DbInstance> readers() {
        return instances.stream().filter(this::alive).filter(i -> !isWriter(i)).toList();
    }
}
