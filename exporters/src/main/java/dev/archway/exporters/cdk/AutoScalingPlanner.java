package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;

import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Region;
import java.util.List;
import java.util.Map;

/**
 * Auto Scaling groups as L2 {@code AutoScalingGroup}s in exactly their subnets, with their capacity, instance type,
 * image and security groups, each attached to the target groups that have it as a target.
 */
final class AutoScalingPlanner {
    private static final CdkType GROUP = new CdkType(CdkModule.AUTOSCALING, "AutoScalingGroup");
    private final CdkStackDraft plan;

    AutoScalingPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        List<AutoScalingGroup> groups = plan.design.all(AutoScalingGroup.class);
        if (!groups.isEmpty()) {
            plan.about(null);
            plan.comment("Auto Scaling groups");
        }
        groups.forEach(this::group);
    }

    private void group(AutoScalingGroup g) {
        plan.about(g.id());
        if (g.vpcId() == null || g.subnetIds().isEmpty()) {
            plan.comment(g.name() + " has no subnet in the design; add it by hand");
            return;
        }
        List<CdkExpr> groups = plan.refs(g.securityGroupIds());
        CdkExpr created = plan.declare(g.id(), g.name(), GROUP, new CdkExpr.Construct(GROUP,
                CdkNames.constructId(g.name()), CdkProps.of()
                        .put("vpc", plan.ref(g.vpcId()))
                        .put("vpcSubnets", NetworkPlanner.selection(plan, g.subnetIds()))
                        .put("instanceType", CdkExpr.newObject(CdkType.ec2("InstanceType"),
                                lit(g.instanceType() == null ? "t3.micro" : g.instanceType())))
                        .put("machineImage", image(g))
                        .lit("minCapacity", g.minSize())
                        .lit("desiredCapacity", g.desiredCapacity())
                        .lit("maxCapacity", g.maxSize())
                        .put("securityGroup", groups.isEmpty() ? null : groups.get(0)).map()));
        groups.subList(Math.min(1, groups.size()), groups.size())
                .forEach(sg -> plan.run(CdkExpr.call(created, "addSecurityGroup", sg)));
        for (TargetGroup tg : plan.design.all(TargetGroup.class)) {
            if (tg.targetIds().contains(g.id()) && plan.has(tg.id())) {
                String attach = tg.protocol().isHttp() ? "attachToApplicationTargetGroup"
                        : "attachToNetworkTargetGroup";
                plan.run(CdkExpr.call(created, attach, plan.ref(tg.id())));
            }
        }
    }

    /** The group's AMI in the design's region, an SSM parameter path as such; Amazon Linux 2023 when unknown. */
    private CdkExpr image(AutoScalingGroup g) {
        CdkType images = CdkType.ec2("MachineImage");
        if (g.imageId() == null) {
            return CdkExpr.staticCall(images, "latestAmazonLinux2023");
        }
        if (g.imageId().startsWith("/")) {
            return CdkExpr.staticCall(images, "fromSsmParameter", lit(g.imageId()));
        }
        String region = plan.design.all(Region.class).stream().map(Region::code).filter(java.util.Objects::nonNull).findFirst()
                .orElse(CdkStackPlanner.DEFAULT_REGION);
        return CdkExpr.staticCall(images, "genericLinux", new CdkExpr.MapOf(Map.of(region, lit(g.imageId()))));
    }
}
