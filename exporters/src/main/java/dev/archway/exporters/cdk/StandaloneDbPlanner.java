package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.get;

import dev.archway.exporters.cfn.KeptProperties;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import dev.archway.model.stacks.RdsCreation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RDS DB instances outside Aurora as {@code CfnDBInstance}s over their DB subnet group, sources before their read
 * replicas (a replica names its source by {@code ref}).
 */
final class StandaloneDbPlanner {
    private final CdkStackDraft plan;
    private final DatabasePlanner databases;

    StandaloneDbPlanner(CdkStackDraft plan, DatabasePlanner databases) {
        this.plan = plan;
        this.databases = databases;
    }

    void plan() {
        List<DbInstance> pending = new ArrayList<>(plan.design.all(DbInstance.class).stream()
                .filter(DbInstance::isStandalone).toList());
        while (!pending.isEmpty()) {
            DbInstance next = pending.stream().filter(i -> !i.standalone().readReplica()
                    || !pending.stream().anyMatch(o -> o.id().equals(i.standalone().sourceInstanceId())))
                    .findFirst().orElse(pending.get(0));
            pending.remove(next);
            instance(next);
        }
    }

    private void instance(DbInstance i) {
        StandaloneDb s = i.standalone();
        DbSubnetGroup group = plan.design.get(s.dbSubnetGroupId(), DbSubnetGroup.class);
        if (group != null) {
            Subnet first = group.subnetIds().isEmpty() ? null : plan.design.get(group.subnetIds().get(0), Subnet.class);
            databases.subnetGroup(group, first == null ? null : first.vpcId());
        }
        plan.about(i.id());
        plan.comment("RDS DB instance " + i.name() + (s.readReplica() ? ", a read replica of "
                + plan.design.nameOf(s.sourceInstanceId()) : ""));
        AvailabilityZone az = s.multiAz() ? null : plan.design.get(i.azId(), AvailabilityZone.class);
        List<CdkExpr> groups = plan.refs(s.securityGroupIds()).stream().map(g -> get(g, "securityGroupId")).toList();
        CdkExpr source = s.readReplica() ? plan.ref(s.sourceInstanceId()) : null;
        CdkType type = CdkType.rds("CfnDBInstance");
        boolean created = RdsCreation.fromNothing(plan.design, i);
        plan.declare(i.id(), i.name(), type, new CdkExpr.Construct(type, CdkNames.constructId(i.name()), CdkProps.of()
                .lit("engine", source == null ? s.engine() : null)
                .lit("dbInstanceClass", i.instanceClass())
                .lit("port", s.port() == StandaloneDb.defaultPort(s.engine()) ? null : String.valueOf(s.port()))
                .put("dbSubnetGroupName", group == null ? null : get(plan.ref(group.id()), "subnetGroupName"))
                .put("vpcSecurityGroups", groups.isEmpty() ? null : CdkExpr.list(groups))
                .put("sourceDbInstanceIdentifier", source == null ? null : get(source, "ref"))
                .lit("multiAz", s.multiAz() ? true : null)
                .lit("availabilityZone", az == null ? null : az.zone())
                .lit("publiclyAccessible", i.publiclyAccessible() ? true : null)
                .lit("allocatedStorage", created ? RdsCreation.literal(plan.design, i, "AllocatedStorage",
                        RdsCreation.STORAGE_GIB) : null)
                .lit("masterUsername", created ? RdsCreation.literal(plan.design, i, "MasterUsername",
                        RdsCreation.MASTER_USER) : null)
                .lit("manageMasterUserPassword", created ? true : null).map()));
        keptProperties(i, created);
    }

    /**
     * What the instance's template said beyond the model (encryption, backups, storage type, ...) as property
     * overrides under their CloudFormation names, so the app creates the instance the template described.
     */
    private void keptProperties(DbInstance i, boolean created) {
        Map<String, Object> kept = new TreeMap<>(KeptProperties.literalsOf(plan.design, i.id()));
        if (created) {
            kept.keySet().removeAll(java.util.Set.of("AllocatedStorage", "MasterUsername",
                    "ManageMasterUserPassword")); // written above
        }
        TemplateValues values = new TemplateValues();
        kept.forEach((property, value) -> plan.run(CdkExpr.call(plan.ref(i.id()), "addPropertyOverride",
                CdkExpr.lit(property), values.value(value, TemplateValues.Want.ANY))));
    }
}
