package dev.archway.model.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a forwarded request looks like when it reaches the target (doc §1.8, §3.4). {@code sourceIp} is the address
 * the target sees the connection come from: the client's ({@code sourceIs} {@code client}) when an NLB preserves it,
 * otherwise a private address of the load balancer's node in its subnet ({@code load-balancer-node}); a Lambda function
 * is invoked with the request as an event, not over a connection ({@code event}: no source address or port; the
 * client's address is in {@code X-Forwarded-For}, doc §2.5). {@code tls} is
 * {@code terminated} (TLS ends at the load balancer, plain to the target), {@code re-encrypted}, {@code passed-through}
 * (a TCP listener carries the client's TLS) or {@code none}. {@code host}, {@code path}, {@code query} and
 * {@code headers} (the {@code X-Forwarded-*} an ALB adds) are null or empty behind an NLB, which forwards bytes.
 */
public record TargetRequest(String sourceIp, String sourceIs, String protocol, Integer port, String tls, String host,
        String path, String query, Map<String, String> headers, boolean proxyProtocolV2) {

    public static final String FROM_CLIENT = "client";
    public static final String FROM_NODE = "load-balancer-node";
    public static final String AS_EVENT = "event";

    public TargetRequest {
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** One line for people: source, protocol, TLS, Host, path and headers. */
    public String describe() {
        StringBuilder out = new StringBuilder(AS_EVENT.equals(sourceIs)
                ? "an invocation event, not a connection (no source address), TLS " + tls
                : "source " + sourceIp + " (" + (FROM_CLIENT.equals(sourceIs) ? "the client's address, preserved"
                        : "the load balancer node's private address") + "), " + protocol + " on port " + port
                        + ", TLS " + tls);
        if (host != null) {
            out.append(", Host ").append(host).append(", ").append(path).append(query.isEmpty() ? "" : "?" + query);
        }
        headers.forEach((k, v) -> out.append(", ").append(k).append(": ").append(v));
        if (proxyProtocolV2) {
            out.append(", proxy protocol v2 header with the client's address");
        }
        return out.toString();
    }
}
