package dev.archway.model.lb;

public enum LaunchType {
    FARGATE, EC2
}
