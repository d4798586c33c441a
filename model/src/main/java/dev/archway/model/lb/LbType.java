package dev.archway.model.lb;

public enum LbType {
    APPLICATION, NETWORK
}
