package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;

/**
 * An ECS service with {@code desiredCount} tasks, spread over its subnets in order (task i in subnet i mod n).
 * With awsvpc networking (always for Fargate) each task is its own target and the group must be of type {@code ip}.
 */
public record EcsService(String id, String name, String cluster, LaunchType launchType, List<String> subnetIds,
        List<String> securityGroupIds, int desiredCount, String containerName, int containerPort, String image,
        boolean assignPublicIp) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.ECS_SERVICE;
    }

    public EcsService {
        subnetIds = Lists.copy(subnetIds);
        securityGroupIds = Lists.copy(securityGroupIds);
    }

    @Override
    public EcsService withName(String newName) {
        return new EcsService(id, newName, cluster, launchType, subnetIds, securityGroupIds, desiredCount, containerName,
                containerPort, image, assignPublicIp);
    }

    public EcsService withSubnets(List<String> ids) {
        return new EcsService(id, name, cluster, launchType, ids, securityGroupIds, desiredCount, containerName,
                containerPort, image, assignPublicIp);
    }

    /** The subnet that task {@code index} runs in. */
    public String subnetOfTask(int index) {
        return subnetIds.isEmpty() ? null : subnetIds.get(index % subnetIds.size());
    }

    @Override
    public List<String> references() {
        return Ids.refs(subnetIds, securityGroupIds);
    }

    @Override
    public String container() {
        return subnetIds.isEmpty() ? null : subnetIds.get(0);
    }
}
