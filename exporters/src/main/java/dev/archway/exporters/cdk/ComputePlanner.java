package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.get;
import static dev.archway.exporters.cdk.CdkExpr.lit;

import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.network.Subnet;
import java.util.List;
import java.util.Map;

/**
 * EC2 instances as L2 {@code Instance} in exactly their subnet with their security groups (the first as
 * {@code securityGroup}, the others added); an instance without groups is an L1 {@code CfnInstance}, since the L2
 * would invent a group the design does not have.
 */
final class ComputePlanner {
    private final CdkStackDraft plan;
    private final String region;

    ComputePlanner(CdkStackDraft plan, String region) {
        this.plan = plan;
        this.region = region;
    }

    void plan() {
        List<Ec2Instance> instances = plan.design.all(Ec2Instance.class);
        if (!instances.isEmpty()) {
            plan.about(null);
            plan.comment("instances");
        }
        for (Ec2Instance instance : instances) {
            plan.about(instance.id());
            List<CdkExpr> groups = plan.refs(instance.securityGroupIds());
            Subnet subnet = plan.design.get(instance.subnetId(), Subnet.class);
            if (groups.isEmpty() || subnet == null) {
                cfnInstance(instance, groups);
            } else {
                instance(instance, subnet, groups);
            }
        }
    }

    /** How a target group names the instance: {@code instanceId} of the L2, {@code ref} of the L1. */
    static CdkExpr instanceId(CdkStackDraft plan, String instanceId) {
        return plan.has(CdkStackDraft.cfn(instanceId)) ? get(plan.ref(CdkStackDraft.cfn(instanceId)), "ref")
                : get(plan.ref(instanceId), "instanceId");
    }

    private void instance(Ec2Instance instance, Subnet subnet, List<CdkExpr> groups) {
        CdkType type = CdkType.ec2("Instance");
        CdkExpr image = CdkExpr.staticCall(CdkType.ec2("MachineImage"), "genericLinux",
                new CdkExpr.MapOf(Map.of(region, lit(instance.imageId()))));
        CdkExpr created = plan.declare(instance.id(), instance.name(), type, new CdkExpr.Construct(type,
                CdkNames.constructId(instance.name()), CdkProps.of()
                        .put("vpc", plan.ref(subnet.vpcId()))
                        .put("vpcSubnets", NetworkPlanner.selection(plan, List.of(subnet.id())))
                        .put("instanceType", CdkExpr.newObject(CdkType.ec2("InstanceType"), lit(instance.instanceType())))
                        .put("machineImage", image)
                        .put("securityGroup", groups.get(0))
                        .lit("privateIpAddress", instance.privateIp())
                        .lit("associatePublicIpAddress", instance.publicIp() ? true : null).map()));
        groups.subList(1, groups.size()).forEach(g -> plan.run(CdkExpr.call(created, "addSecurityGroup", g)));
    }

    private void cfnInstance(Ec2Instance instance, List<CdkExpr> groups) {
        CdkType type = CdkType.ec2("CfnInstance");
        plan.declare(CdkStackDraft.cfn(instance.id()), instance.name(), type, new CdkExpr.Construct(type,
                CdkNames.constructId(instance.name()), CdkProps.of()
                        .lit("imageId", instance.imageId())
                        .lit("instanceType", instance.instanceType())
                        .put("subnetId", plan.has(CdkStackDraft.cfn(instance.subnetId()))
                                ? get(plan.ref(CdkStackDraft.cfn(instance.subnetId())), "ref") : null)
                        .put("securityGroupIds", groups.isEmpty() ? null
                                : CdkExpr.list(groups.stream().map(g -> get(g, "securityGroupId")).toList()))
                        .lit("privateIpAddress", instance.privateIp()).map()));
    }
}
