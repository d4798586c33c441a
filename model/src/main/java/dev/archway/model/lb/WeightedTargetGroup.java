package dev.archway.model.lb;

/** A target group in a forward action; {@code weight} 0-999, or null when the action names a single group. */
public record WeightedTargetGroup(String targetGroupId, Integer weight) {
}
