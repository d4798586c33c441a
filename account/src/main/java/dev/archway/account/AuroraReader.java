package dev.archway.account;

import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.CustomEndpoint;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterEndpoint;
import software.amazon.awssdk.services.rds.model.DBClusterMember;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

/**
 * Aurora clusters in the VPCs read: their DB subnet groups, member instances (the writer, the readers and their
 * promotion tiers, each in its AZ) and custom endpoints. The cluster and reader endpoints follow from the members.
 */
final class AuroraReader {
    private final RdsClient rds;
    private final Calls calls;
    private final ImportedDesign out;
    /** DB subnet group name to its element; instance identifier to its element; both small. */
    private final Map<String, DbSubnetGroup> subnetGroups = new HashMap<>();
    private final Map<String, String> vpcOfGroup = new HashMap<>();
    private final Map<String, String> clusters = new HashMap<>();
    private final Map<String, String> instances = new HashMap<>();
    /** Cluster element id to its writer's instance identifier. */
    private final Map<String, String> writers = new HashMap<>();

    AuroraReader(RdsClient rds, Calls calls, ImportedDesign out) {
        this.rds = rds;
        this.calls = calls;
        this.out = out;
    }

    void read() {
        calls.each(ApiCall.RDS_DESCRIBE_DB_SUBNET_GROUPS,
                () -> rds.describeDBSubnetGroupsPaginator(r -> { }).dbSubnetGroups(), g -> {
                    if (out.hasVpc(g.vpcId())) {
                        subnetGroups.put(g.dbSubnetGroupName(), new DbSubnetGroup(g.dbSubnetGroupArn(),
                                g.dbSubnetGroupName(), g.dbSubnetGroupDescription(), g.subnets().stream()
                                        .map(s -> s.subnetIdentifier()).filter(out::contains).toList()));
                        vpcOfGroup.put(g.dbSubnetGroupName(), g.vpcId());
                    }
                });
        calls.each(ApiCall.RDS_DESCRIBE_DB_CLUSTERS,
                () -> rds.describeDBClustersPaginator(r -> { }).dbClusters(), this::cluster);
        calls.each(ApiCall.RDS_DESCRIBE_DB_INSTANCES,
                () -> rds.describeDBInstancesPaginator(r -> { }).dbInstances(), this::instance);
        out.design().all(AuroraCluster.class).forEach(this::members);
        calls.each(ApiCall.RDS_DESCRIBE_DB_CLUSTER_ENDPOINTS,
                () -> rds.describeDBClusterEndpointsPaginator(r -> { }).dbClusterEndpoints(), this::endpoint);
    }

    private void cluster(DBCluster c) {
        DbSubnetGroup group = subnetGroups.get(c.dbSubnetGroup());
        if (group == null || c.engine() == null || !c.engine().startsWith("aurora")) {
            return;
        }
        clusters.put(c.dbClusterIdentifier(), c.dbClusterArn());
        writers.put(c.dbClusterArn(), c.dbClusterMembers().stream()
                .filter(m -> Boolean.TRUE.equals(m.isClusterWriter())).map(DBClusterMember::dbInstanceIdentifier)
                .findFirst().orElse(null));
        out.put(new AuroraCluster(c.dbClusterArn(), c.dbClusterIdentifier(), vpcOfGroup.get(c.dbSubnetGroup()),
                c.engine(), c.engineVersion(), c.port() == null ? 0 : c.port(), group.id(),
                c.vpcSecurityGroups().stream().map(VpcSecurityGroupMembership::vpcSecurityGroupId).filter(out::contains)
                        .toList(), c.databaseName(), c.masterUsername(), null, List.of(),
                Boolean.TRUE.equals(c.deletionProtection())));
        out.deployedBy(c.dbClusterArn(), StackTags.of(c.tagList(), t -> t.key(), t -> t.value()));
        out.put(group); // after the cluster, which keeps the name they often share
    }

    private void instance(software.amazon.awssdk.services.rds.model.DBInstance i) {
        String cluster = clusters.get(i.dbClusterIdentifier());
        if (cluster == null) {
            return;
        }
        String vpc = out.get(cluster, AuroraCluster.class).vpcId();
        String az = i.availabilityZone() == null ? null : out.zone(vpc, i.availabilityZone());
        instances.put(i.dbInstanceIdentifier(), i.dbInstanceArn());
        out.put(new DbInstance(i.dbInstanceArn(), i.dbInstanceIdentifier(), cluster, az, i.dbInstanceClass(),
                i.promotionTier() == null ? 1 : i.promotionTier(), Boolean.TRUE.equals(i.publiclyAccessible())));
        out.deployedBy(i.dbInstanceArn(), StackTags.of(i.tagList(), t -> t.key(), t -> t.value()));
    }

    private void members(AuroraCluster c) {
        String writer = instances.get(writers.get(c.id()));
        if (writer != null) {
            out.put(c.withWriter(writer));
        }
    }

    /** A custom endpoint lists its members, or (with none listed) is every member but the excluded ones. */
    private void endpoint(DBClusterEndpoint e) {
        String clusterId = clusters.get(e.dbClusterIdentifier());
        if (clusterId == null || !"CUSTOM".equals(e.endpointType())) {
            return;
        }
        List<String> members = e.staticMembers().isEmpty()
                ? out.design().all(DbInstance.class).stream().filter(i -> clusterId.equals(i.clusterId()))
                        .filter(i -> !e.excludedMembers().contains(i.name())).map(DbInstance::id).toList()
                : e.staticMembers().stream().map(instances::get).filter(out::contains).toList();
        AuroraCluster c = out.get(clusterId, AuroraCluster.class);
        List<CustomEndpoint> endpoints = new java.util.ArrayList<>(c.customEndpoints());
        endpoints.add(new CustomEndpoint(e.dbClusterEndpointIdentifier(), e.customEndpointType(), members));
        out.put(new AuroraCluster(c.id(), c.name(), c.vpcId(), c.engine(), c.engineVersion(), c.port(),
                c.dbSubnetGroupId(), c.securityGroupIds(), c.databaseName(), c.masterUsername(), c.writerId(),
                endpoints, c.deletionProtection()));
    }
}
