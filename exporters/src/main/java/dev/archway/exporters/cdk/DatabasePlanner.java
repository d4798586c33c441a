package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.get;
import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.staticCall;

import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import java.util.Comparator;
import java.util.List;

/**
 * Aurora clusters as L2 {@code DatabaseCluster} with a {@code writer} and {@code readers}
 * ({@code ClusterInstance.provisioned}) in their AZs, over the design's DB subnet group ({@code SubnetGroup});
 * the master password is generated into Secrets Manager.
 */
final class DatabasePlanner {
    private final CdkStackDraft plan;

    DatabasePlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        for (AuroraCluster cluster : plan.design.all(AuroraCluster.class)) {
            plan.about(cluster.id());
            plan.comment("Aurora cluster " + cluster.name());
            subnetGroup(cluster);
            cluster(cluster);
        }
        new StandaloneDbPlanner(plan, this).plan();
        plan.about(null);
        for (AppNode app : plan.design.all(AppNode.class)) {
            List<String> uses = app.databases().stream().map(a -> "'" + a.alias() + "' the " + a.endpoint()
                    + " endpoint of " + plan.design.nameOf(a.clusterId())).toList();
            plan.comment(app.name() + " (" + app.framework() + ") uses " + String.join(", ", uses)
                    + " (export --to django writes its settings)");
        }
    }

    private void subnetGroup(AuroraCluster cluster) {
        DbSubnetGroup group = plan.design.get(cluster.dbSubnetGroupId(), DbSubnetGroup.class);
        if (group != null) {
            subnetGroup(group, vpcOf(cluster, group));
        }
    }

    void subnetGroup(DbSubnetGroup group, String vpcId) {
        if (plan.has(group.id())) {
            return;
        }
        plan.about(group.id());
        CdkType type = CdkType.rds("SubnetGroup");
        plan.declare(group.id(), group.name(), type, new CdkExpr.Construct(type, CdkNames.constructId(group.name()),
                CdkProps.of().put("vpc", plan.ref(vpcId))
                        .lit("description", group.description() == null ? group.name() : group.description())
                        .put("vpcSubnets", NetworkPlanner.selection(plan, group.subnetIds())).map()));
    }

    private String vpcOf(AuroraCluster cluster, DbSubnetGroup group) {
        if (cluster.vpcId() != null) {
            return cluster.vpcId();
        }
        return group.subnetIds().stream().map(id -> plan.design.get(id, Subnet.class)).filter(s -> s != null)
                .map(Subnet::vpcId).findFirst().orElse(null);
    }

    private void cluster(AuroraCluster cluster) {
        plan.about(cluster.id());
        List<DbInstance> instances = plan.topology.instancesOf(cluster);
        DbInstance writer = plan.topology.writerOf(cluster).orElse(instances.stream()
                .min(Comparator.comparingInt(DbInstance::promotionTier)).orElse(null));
        if (writer == null) {
            plan.comment(cluster.name() + " has no DB instances; add a writer to deploy it");
            return;
        }
        List<CdkExpr> readers = instances.stream().filter(i -> !i.id().equals(writer.id()))
                .map(i -> instance(i, true)).toList();
        CdkType type = CdkType.rds("DatabaseCluster");
        List<CdkExpr> groups = plan.refs(cluster.securityGroupIds());
        CdkExpr created = plan.declare(cluster.id(), cluster.name(), type, new CdkExpr.Construct(type,
                CdkNames.constructId(cluster.name()), CdkProps.of()
                        .put("engine", engine(cluster))
                        .put("writer", instance(writer, false))
                        .put("readers", readers.isEmpty() ? null : CdkExpr.list(readers))
                        .put("vpc", plan.ref(cluster.vpcId()))
                        .put("vpcSubnets", subnets(cluster))
                        .put("subnetGroup", plan.ref(cluster.dbSubnetGroupId()))
                        .put("securityGroups", groups.isEmpty() ? null : CdkExpr.list(groups))
                        .lit("port", cluster.port())
                        .lit("defaultDatabaseName", cluster.databaseName())
                        .put("credentials", cluster.masterUsername() == null ? null : staticCall(
                                CdkType.rds("Credentials"), "fromGeneratedSecret", lit(cluster.masterUsername())))
                        .lit("deletionProtection", cluster.deletionProtection()).map()));
        plan.output(cluster.name() + "Endpoint", get(get(created, "clusterEndpoint"), "hostname"));
        plan.output(cluster.name() + "ReaderEndpoint", get(get(created, "clusterReadEndpoint"), "hostname"));
    }

    /** The subnet group's subnets again: without them the cluster would look for subnets the VPC does not list. */
    private CdkExpr subnets(AuroraCluster cluster) {
        DbSubnetGroup group = plan.design.get(cluster.dbSubnetGroupId(), DbSubnetGroup.class);
        return group == null ? null : NetworkPlanner.selection(plan, group.subnetIds());
    }

    private CdkExpr instance(DbInstance instance, boolean reader) {
        AvailabilityZone az = plan.design.get(instance.azId(), AvailabilityZone.class);
        String instanceClass = instance.instanceClass().startsWith("db.") ? instance.instanceClass().substring(3)
                : instance.instanceClass();
        return staticCall(CdkType.rds("ClusterInstance"), "provisioned", lit(CdkNames.constructId(instance.name())),
                new CdkExpr.Struct(CdkType.rds("ProvisionedClusterInstanceProps"), CdkProps.of()
                        .put("instanceType", CdkExpr.newObject(CdkType.ec2("InstanceType"), lit(instanceClass)))
                        .lit("availabilityZone", az == null ? null : az.zone())
                        .lit("promotionTier", reader ? instance.promotionTier() : null)
                        .lit("publiclyAccessible", instance.publiclyAccessible() ? true : null).map()));
    }

    private static CdkExpr engine(AuroraCluster cluster) {
        CdkType engines = CdkType.rds("DatabaseClusterEngine");
        String version = cluster.engineVersion();
        boolean postgres = cluster.engine().contains("postgres");
        if (version == null || version.isBlank()) {
            // CloudFormation's EngineVersion is optional: without one the engine's default version applies
            return CdkExpr.enumValue(engines, postgres ? "AURORA_POSTGRESQL" : "AURORA_MYSQL");
        }
        if (postgres) {
            CdkExpr v = staticCall(CdkType.rds("AuroraPostgresEngineVersion"), "of", lit(version),
                    lit(version.split("\\.")[0]));
            return staticCall(engines, "auroraPostgres", new CdkExpr.Struct(
                    CdkType.rds("AuroraPostgresClusterEngineProps"), CdkProps.of().put("version", v).map()));
        }
        String major = version.contains(".mysql_aurora.") ? version.substring(0, version.indexOf(".mysql_aurora."))
                : version;
        CdkExpr v = staticCall(CdkType.rds("AuroraMysqlEngineVersion"), "of", lit(version), lit(major));
        return staticCall(engines, "auroraMysql", new CdkExpr.Struct(CdkType.rds("AuroraMysqlClusterEngineProps"),
                CdkProps.of().put("version", v).map()));
    }
}
