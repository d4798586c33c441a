package dev.archway.account;

import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.LaunchType;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Service;

/**
 * ECS services with awsvpc networking in the subnets read (each task its own target). DescribeServices takes ten
 * services at a time. The target groups a service registers in are remembered so that its tasks' addresses become
 * the service.
 */
final class EcsReader {
    private static final int DESCRIBE_BATCH = 10;

    private final EcsClient ecs;
    private final Calls calls;
    private final ImportedDesign out;

    EcsReader(EcsClient ecs, Calls calls, ImportedDesign out) {
        this.ecs = ecs;
        this.calls = calls;
        this.out = out;
    }

    void read() {
        calls.each(ApiCall.ECS_LIST_CLUSTERS, () -> ecs.listClustersPaginator(r -> { }).clusterArns(), cluster -> {
            List<String> batch = new ArrayList<>();
            calls.each(ApiCall.ECS_LIST_SERVICES,
                    () -> ecs.listServicesPaginator(r -> r.cluster(cluster)).serviceArns(), arn -> {
                        batch.add(arn);
                        if (batch.size() == DESCRIBE_BATCH) {
                            describe(cluster, batch);
                        }
                    });
            describe(cluster, batch);
        });
    }

    private void describe(String cluster, List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> arns = List.copyOf(batch);
        batch.clear();
        calls.one(ApiCall.ECS_DESCRIBE_SERVICES, () -> ecs.describeServices(r -> r.cluster(cluster).services(arns)))
                .ifPresent(r -> r.services().forEach(s -> service(cluster, s)));
    }

    private void service(String cluster, Service s) {
        var vpc = s.networkConfiguration() == null ? null : s.networkConfiguration().awsvpcConfiguration();
        List<String> subnets = vpc == null ? List.of() : vpc.subnets().stream().filter(out::contains).toList();
        if (subnets.isEmpty() || "INACTIVE".equals(s.status())) {
            return;
        }
        var lb = s.loadBalancers().stream().filter(l -> l.targetGroupArn() != null).findFirst();
        LaunchType launch = "EC2".equals(s.launchTypeAsString()) ? LaunchType.EC2 : LaunchType.FARGATE;
        String clusterName = cluster.substring(cluster.lastIndexOf('/') + 1);
        out.put(new EcsService(s.serviceArn(), s.serviceName(), clusterName, launch, subnets,
                vpc.securityGroups().stream().filter(out::contains).toList(), orZero(s.desiredCount()),
                lb.map(l -> l.containerName()).orElse(null), lb.map(l -> orZero(l.containerPort())).orElse(0),
                s.taskDefinition(), "ENABLED".equals(vpc.assignPublicIpAsString())));
        s.loadBalancers().stream().filter(l -> l.targetGroupArn() != null)
                .forEach(l -> out.serviceTargetGroup(l.targetGroupArn(), s.serviceArn()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
