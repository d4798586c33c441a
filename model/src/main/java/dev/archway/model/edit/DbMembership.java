package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * A DB instance's place in its Aurora cluster: the cluster it belongs to, the writer role when the cluster has none,
 * and the subnet it runs in held by the cluster's DB subnet group (AWS places an instance in the group's subnet of
 * its AZ; that is also where the diagram draws it).
 */
public final class DbMembership {
    private DbMembership() {
    }

    /** The Aurora cluster of the subnet's VPC that a new instance joins, or null when the VPC has none. */
    public static AuroraCluster clusterFor(Design design, Subnet subnet) {
        return design.all(AuroraCluster.class).stream().filter(c -> subnet.vpcId() != null
                && subnet.vpcId().equals(c.vpcId())).findFirst().orElse(null);
    }

    /**
     * What else changes when {@code db} runs in {@code subnet} as a member of {@code cluster}: the cluster (writer
     * when it has none, its subnet group) and the group (created, or given the subnet in place of another of the
     * same AZ). Empty when nothing else changes.
     */
    public static List<Element> join(Design design, DbInstance db, AuroraCluster cluster, Subnet subnet) {
        List<Element> changed = new ArrayList<>();
        DbSubnetGroup group = design.get(cluster.dbSubnetGroupId(), DbSubnetGroup.class);
        DbSubnetGroup grouped = group == null
                ? new DbSubnetGroup(Ids.newId(ElementKind.DB_SUBNET_GROUP),
                        ElementFactory.uniqueName(design, cluster.name() + "-subnets"), "Subnets of " + cluster.name(),
                        List.of(subnet.id()))
                : withSubnet(design, group, subnet);
        if (!grouped.equals(group)) {
            changed.add(grouped);
        }
        AuroraCluster updated = cluster.writerId() == null || !design.contains(cluster.writerId())
                ? cluster.withWriter(db.id()) : cluster;
        if (!grouped.id().equals(cluster.dbSubnetGroupId())) {
            updated = withGroup(updated, grouped.id());
        }
        if (!updated.equals(cluster)) {
            changed.add(updated);
        }
        return changed;
    }

    /**
     * A DB instance dropped where its VPC has no Aurora cluster: an RDS instance of its own (MySQL, the engine the
     * inspector starts from) in a DB subnet group of the VPC holding its subnet, or in a new one over its subnet and,
     * for each other AZ, a subnet as public or private as its own (RDS wants a group over two AZs). The instance
     * comes first, then the new group if one was made.
     */
    public static List<Element> onItsOwn(Design design, DbInstance db, Subnet subnet) {
        DbSubnetGroup existing = design.all(DbSubnetGroup.class).stream()
                .filter(g -> g.subnetIds().contains(subnet.id())).findFirst().orElse(null);
        DbSubnetGroup group = existing != null ? existing : new DbSubnetGroup(Ids.newId(ElementKind.DB_SUBNET_GROUP),
                ElementFactory.uniqueName(design, db.name() + "-subnets"), "Subnets of " + db.name(),
                subnetsLike(design, subnet));
        DbInstance own = db.withStandalone(new StandaloneDb("mysql", StandaloneDb.defaultPort("mysql"), group.id(),
                List.of(), false, null));
        return existing != null ? List.of(own) : List.of(own, group);
    }

    /** The subnet and, for each other AZ of its VPC, the first subnet as public (or private) as it is. */
    private static List<String> subnetsLike(Design design, Subnet subnet) {
        Topology topology = new Topology(design);
        boolean open = topology.isPublic(subnet);
        List<String> ids = new ArrayList<>(List.of(subnet.id()));
        java.util.Set<String> zones = new java.util.HashSet<>(java.util.Collections.singleton(subnet.azId()));
        for (Subnet s : design.all(Subnet.class)) {
            if (subnet.vpcId() != null && subnet.vpcId().equals(s.vpcId()) && s.azId() != null
                    && topology.isPublic(s) == open && zones.add(s.azId())) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    /** The group holding {@code subnet} for its AZ (another subnet of the same AZ makes way). */
    private static DbSubnetGroup withSubnet(Design design, DbSubnetGroup group, Subnet subnet) {
        if (group.subnetIds().contains(subnet.id())) {
            return group;
        }
        List<String> ids = new ArrayList<>();
        for (String id : group.subnetIds()) {
            Subnet s = design.get(id, Subnet.class);
            if (s == null || s.azId() == null || !s.azId().equals(subnet.azId())) {
                ids.add(id);
            }
        }
        ids.add(subnet.id());
        return new DbSubnetGroup(group.id(), group.name(), group.description(), ids);
    }

    /** A DB instance joins a cluster (dragged between the two): it runs in the subnet it is drawn in. */
    static Connections.Result connect(Design design, DbInstance db, AuroraCluster cluster) {
        if (cluster.id().equals(db.clusterId())) {
            return Connections.already(db.name() + " is in " + cluster.name());
        }
        Subnet subnet = subnetOf(design, db, cluster);
        if (subnet == null) {
            return Connections.Result.no("Put " + db.name() + " in a subnet of " + cluster.name() + "'s VPC first");
        }
        DbInstance joined = inCluster(db, cluster.id());
        List<Element> changed = new ArrayList<>(List.of(joined));
        changed.addAll(join(design, joined, cluster, subnet));
        return Connections.Result.ok(changed);
    }

    private static Subnet subnetOf(Design design, DbInstance db, AuroraCluster cluster) {
        dev.archway.model.Bounds b = design.bounds(db.id());
        Element under = b == null ? null : Placement.containerAt(design, ElementKind.SUBNET, b.centerX(), b.centerY(),
                java.util.Set.of());
        if (under instanceof Subnet s && s.vpcId() != null && s.vpcId().equals(cluster.vpcId())) {
            return s;
        }
        return design.all(Subnet.class).stream().filter(s -> s.azId() != null && s.azId().equals(db.azId())
                && s.vpcId() != null && s.vpcId().equals(cluster.vpcId())).findFirst().orElse(null);
    }

    /** Makes the instance its cluster's writer, or (as a reader) hands the writer role to another member. */
    public static Edit role(Design design, String dbId, boolean writer) {
        DbInstance db = design.get(dbId, DbInstance.class);
        AuroraCluster cluster = db == null ? null : design.get(db.clusterId(), AuroraCluster.class);
        if (cluster == null) {
            return Edit.refused("Add the instance to an Aurora cluster first");
        }
        if (writer == db.id().equals(cluster.writerId())) {
            return Edit.refused(db.name() + " already is the " + (writer ? "writer" : "reader"));
        }
        String next = writer ? db.id() : design.all(DbInstance.class).stream().filter(i -> cluster.id().equals(
                i.clusterId()) && !i.id().equals(db.id())).map(DbInstance::id).findFirst().orElse(null);
        if (next == null) {
            return Edit.refused(db.name() + " is the only instance of " + cluster.name() + ", so it is the writer");
        }
        return Edit.of(new dev.archway.model.command.PutElementCommand("Writer of " + cluster.name(),
                cluster.withWriter(next)), dbId);
    }

    /** Joins (or, with null, leaves) a cluster, as a drag between the two does. */
    public static Edit setCluster(Design design, String dbId, String clusterId) {
        DbInstance db = design.get(dbId, DbInstance.class);
        AuroraCluster cluster = design.get(clusterId, AuroraCluster.class);
        if (db == null || cluster == null) {
            return Edit.refused("A DB instance belongs to an Aurora cluster");
        }
        Connections.Result r = connect(design, db, cluster);
        return r.accepted() ? Edit.of(DesignEdits.puts("Add " + db.name() + " to " + cluster.name(), r.updated()),
                dbId) : Edit.refused(r.refusal());
    }

    static AuroraCluster withGroup(AuroraCluster c, String groupId) {
        return new AuroraCluster(c.id(), c.name(), c.vpcId(), c.engine(), c.engineVersion(), c.port(), groupId,
                c.securityGroupIds(), c.databaseName(), c.masterUsername(), c.writerId(), c.customEndpoints(),
                c.deletionProtection());
    }

    static DbInstance inCluster(DbInstance db, String clusterId) {
        return new DbInstance(db.id(), db.name(), clusterId, db.azId(), db.instanceClass(), db.promotionTier(),
                db.publiclyAccessible());
    }
}
