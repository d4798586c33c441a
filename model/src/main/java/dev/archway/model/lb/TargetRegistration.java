package dev.archway.model.lb;

/** A target registered in a group: an EC2 instance, an ECS service (all its tasks) or an IP target element. */
public record TargetRegistration(String targetId, Integer port) {
}
