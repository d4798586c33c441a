package dev.archway.model.lb;

import java.util.Locale;

/**
 * How an ECS task is networked (ECS task definition {@code NetworkMode}). With {@link #AWSVPC} each task has its own
 * network interface in the service's subnets and groups, and registers by IP. With {@link #BRIDGE} (the default on
 * Linux EC2 when none is given) or {@link #HOST} the tasks run on the cluster's container instances and use their
 * network: a target group registers the instance with the task's host port ({@code instance} targets; a bridge
 * mapping with host port 0 gets a dynamic port).
 */
public enum NetworkMode {
    AWSVPC, BRIDGE, HOST;

    /** The mode a task definition names, or null when it is none of these (e.g. {@code none}). */
    public static NetworkMode fromAws(String text) {
        for (NetworkMode m : values()) {
            if (m.name().equalsIgnoreCase(text)) {
                return m;
            }
        }
        return null;
    }

    public String awsName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
