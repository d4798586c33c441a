package dev.archway.model.network;

/** What a route sends traffic to. */
public enum RouteTarget {
    LOCAL, INTERNET_GATEWAY, NAT_GATEWAY, OTHER
}
