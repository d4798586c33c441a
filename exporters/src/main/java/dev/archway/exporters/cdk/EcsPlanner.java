package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;

import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.LaunchType;
import dev.archway.model.network.Subnet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ECS services as L2 {@code FargateService}s (one {@code Cluster} per cluster name), each with a
 * {@code FargateTaskDefinition} running the design's image on its container port.
 */
final class EcsPlanner {
    private final CdkStackDraft plan;
    private final Map<String, CdkExpr> clusters = new HashMap<>();

    EcsPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        List<EcsService> services = plan.design.all(EcsService.class);
        if (!services.isEmpty()) {
            plan.about(null);
            plan.comment("ECS services");
        }
        services.forEach(this::service);
    }

    /** {@code service.loadBalancerTarget(...)}: registers the service's tasks in a target group. */
    static CdkExpr target(CdkStackDraft plan, EcsService service) {
        CdkType options = CdkType.ecs("LoadBalancerTargetOptions");
        return CdkExpr.call(plan.ref(service.id()), "loadBalancerTarget", new CdkExpr.Struct(options, CdkProps.of()
                .lit("containerName", service.containerName()).lit("containerPort", service.containerPort()).map()));
    }

    private void service(EcsService service) {
        plan.about(service.id());
        Subnet first = service.subnetIds().stream().map(id -> plan.design.get(id, Subnet.class))
                .filter(s -> s != null).findFirst().orElse(null);
        if (first == null) {
            plan.comment(service.name() + " has no subnet in the design; add it by hand");
            return;
        }
        if (service.launchType() == LaunchType.EC2) {
            plan.comment(service.name() + " runs on EC2 capacity in the design; here it runs on Fargate");
        }
        CdkType taskType = CdkType.ecs("FargateTaskDefinition");
        CdkExpr task = plan.declare("task:" + service.id(), service.name() + " task", taskType,
                new CdkExpr.Construct(taskType, CdkNames.constructId(service.name()) + "Task", CdkProps.of().map()));
        plan.run(CdkExpr.call(task, "addContainer", lit(service.containerName()), container(service)));
        CdkType type = CdkType.ecs("FargateService");
        List<CdkExpr> groups = plan.refs(service.securityGroupIds());
        plan.declare(service.id(), service.name(), type, new CdkExpr.Construct(type,
                CdkNames.constructId(service.name()), CdkProps.of()
                        .put("cluster", cluster(service.cluster(), first.vpcId()))
                        .put("taskDefinition", task)
                        .lit("desiredCount", service.desiredCount())
                        .put("vpcSubnets", NetworkPlanner.selection(plan, service.subnetIds()))
                        .put("securityGroups", groups.isEmpty() ? null : CdkExpr.list(groups))
                        .lit("assignPublicIp", service.assignPublicIp() ? true : null).map()));
    }

    private CdkExpr container(EcsService service) {
        CdkExpr image = CdkExpr.staticCall(CdkType.ecs("ContainerImage"), "fromRegistry", lit(service.image()));
        CdkExpr port = new CdkExpr.Struct(CdkType.ecs("PortMapping"),
                CdkProps.of().lit("containerPort", service.containerPort()).map());
        return new CdkExpr.Struct(CdkType.ecs("ContainerDefinitionOptions"), CdkProps.of()
                .put("image", image).put("portMappings", CdkExpr.list(List.of(port))).map());
    }

    private CdkExpr cluster(String name, String vpcId) {
        String key = "ecs-cluster:" + name + ":" + vpcId;
        return clusters.computeIfAbsent(key, k -> {
            CdkType type = CdkType.ecs("Cluster");
            String id = CdkNames.upperCamel(name) + (plan.design.byName(name).isPresent() ? "Ecs" : "");
            return plan.declare(k, name + " cluster", type, new CdkExpr.Construct(type, id,
                    CdkProps.of().put("vpc", plan.ref(vpcId)).map()));
        });
    }
}
