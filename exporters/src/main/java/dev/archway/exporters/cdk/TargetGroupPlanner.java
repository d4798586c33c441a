package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.staticCall;

import dev.archway.model.Element;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Target groups: {@code ApplicationTargetGroup} for HTTP(S), {@code NetworkTargetGroup} otherwise, with targets
 * registered by id ({@code InstanceIdTarget}, {@code IpTarget}), so CDK adds no security-group rules the design
 * does not have; ECS services through {@code loadBalancerTarget} (see {@link ImplicitRules}).
 */
final class TargetGroupPlanner {
    private final CdkStackDraft plan;

    TargetGroupPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        List<TargetGroup> groups = plan.design.all(TargetGroup.class);
        if (!groups.isEmpty()) {
            plan.about(null);
            plan.comment("target groups");
        }
        groups.forEach(this::targetGroup);
    }

    private void targetGroup(TargetGroup group) {
        plan.about(group.id());
        boolean application = group.protocol().isHttp();
        CdkType type = application ? CdkType.elbv2("ApplicationTargetGroup") : CdkType.elbv2("NetworkTargetGroup");
        CdkType protocolType = CdkType.elbv2(application ? "ApplicationProtocol" : "Protocol");
        List<CdkExpr> targets = targets(group);
        CdkExpr created = plan.declare(group.id(), group.name(), type, new CdkExpr.Construct(type,
                CdkNames.constructId(group.name()), CdkProps.of()
                        .put("vpc", plan.ref(group.vpcId()))
                        .lit("port", group.port())
                        .put("protocol", CdkExpr.enumValue(protocolType, group.protocol().name()))
                        .put("targetType", CdkExpr.enumValue(CdkType.elbv2("TargetType"), group.targetType().name()))
                        .put("healthCheck", healthCheck(group.healthCheck()))
                        .put("targets", targets.isEmpty() ? null : CdkExpr.list(targets)).map()));
        for (Map.Entry<String, String> attribute : group.attributes().entrySet()) {
            plan.run(CdkExpr.call(created, "setAttribute", lit(attribute.getKey()), lit(attribute.getValue())));
        }
    }

    private List<CdkExpr> targets(TargetGroup group) {
        List<CdkExpr> targets = new ArrayList<>();
        for (TargetRegistration registration : group.targets()) {
            Element target = plan.design.get(registration.targetId());
            CdkExpr port = registration.port() == null ? null : lit(registration.port());
            if (target instanceof Ec2Instance && (plan.has(target.id()) || plan.has(CdkStackDraft.cfn(target.id())))) {
                CdkExpr id = ComputePlanner.instanceId(plan, target.id());
                targets.add(port == null ? CdkExpr.newObject(CdkType.elbv2Targets("InstanceIdTarget"), id)
                        : CdkExpr.newObject(CdkType.elbv2Targets("InstanceIdTarget"), id, port));
            } else if (target instanceof EcsService service && plan.has(service.id())) {
                targets.add(EcsPlanner.target(plan, service));
            } else if (target instanceof IpTarget ip) {
                targets.add(port == null ? CdkExpr.newObject(CdkType.elbv2Targets("IpTarget"), lit(ip.ip()))
                        : CdkExpr.newObject(CdkType.elbv2Targets("IpTarget"), lit(ip.ip()), port));
            }
        }
        return targets;
    }

    private static CdkExpr healthCheck(HealthCheck hc) {
        if (hc == null) {
            return null;
        }
        CdkType duration = CdkType.core("Duration");
        return new CdkExpr.Struct(CdkType.elbv2("HealthCheck"), CdkProps.of()
                .put("protocol", hc.protocol() == null ? null
                        : CdkExpr.enumValue(CdkType.elbv2("Protocol"), hc.protocol().toUpperCase()))
                .lit("port", hc.port() == null ? null : String.valueOf(hc.port()))
                .lit("path", hc.path())
                .put("interval", staticCall(duration, "seconds", lit(hc.intervalSeconds())))
                .put("timeout", staticCall(duration, "seconds", lit(hc.timeoutSeconds())))
                .lit("healthyThresholdCount", hc.healthyThreshold())
                .lit("unhealthyThresholdCount", hc.unhealthyThreshold())
                .lit("healthyHttpCodes", hc.matcher()).map());
    }
}
