package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;

/**
 * An ECS service with {@code desiredCount} tasks, spread over its subnets in order (task i in subnet i mod n).
 * With awsvpc networking (always for Fargate) each task is its own target and the group must be of type {@code ip}.
 * With bridge or host networking ({@link #onContainerInstances()}) the tasks run on container instances of
 * {@code cluster} and register as those instances: the service has no subnets or groups of its own.
 */
public record EcsService(String id, String name, String cluster, LaunchType launchType, List<String> subnetIds,
        List<String> securityGroupIds, int desiredCount, String containerName, int containerPort, String image,
        boolean assignPublicIp, NetworkMode networkMode) implements Element {

    /** A service with awsvpc networking. */
    public EcsService(String id, String name, String cluster, LaunchType launchType, List<String> subnetIds,
            List<String> securityGroupIds, int desiredCount, String containerName, int containerPort, String image,
            boolean assignPublicIp) {
        this(id, name, cluster, launchType, subnetIds, securityGroupIds, desiredCount, containerName, containerPort,
                image, assignPublicIp, NetworkMode.AWSVPC);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.ECS_SERVICE;
    }

    public EcsService {
        subnetIds = Lists.copy(subnetIds);
        securityGroupIds = Lists.copy(securityGroupIds);
        // awsvpc is held as null, so that a design file says networkMode only for bridge or host (older files too)
        networkMode = networkMode == NetworkMode.AWSVPC ? null : networkMode;
    }

    @Override
    public NetworkMode networkMode() {
        return networkMode == null ? NetworkMode.AWSVPC : networkMode;
    }

    public EcsService withNetworkMode(NetworkMode mode) {
        return new EcsService(id, name, cluster, launchType, subnetIds, securityGroupIds, desiredCount, containerName,
                containerPort, image, assignPublicIp, mode);
    }

    /** Do the tasks run on the cluster's container instances, sharing their network (bridge or host)? */
    public boolean onContainerInstances() {
        return networkMode() != NetworkMode.AWSVPC;
    }

    @Override
    public EcsService withName(String newName) {
        return new EcsService(id, newName, cluster, launchType, subnetIds, securityGroupIds, desiredCount, containerName,
                containerPort, image, assignPublicIp, networkMode);
    }

    public EcsService withSubnets(List<String> ids) {
        return new EcsService(id, name, cluster, launchType, ids, securityGroupIds, desiredCount, containerName,
                containerPort, image, assignPublicIp, networkMode);
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
