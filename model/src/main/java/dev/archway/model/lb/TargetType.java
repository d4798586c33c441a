package dev.archway.model.lb;

public enum TargetType {
    INSTANCE, IP, LAMBDA, ALB
}
