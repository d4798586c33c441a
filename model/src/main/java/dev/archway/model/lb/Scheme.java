package dev.archway.model.lb;

public enum Scheme {
    INTERNET_FACING, INTERNAL
}
