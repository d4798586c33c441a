package dev.archway.model.simulation;

import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Cidr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Works out the {@link TargetRequest} of a forwarded request: the source address (doc §3.4), TLS, and for an ALB the
 * Host it forwards and the {@code X-Forwarded-*} headers it adds (doc §1.8), after the rule's transforms.
 */
final class TargetRequests {
    static final String XFF_MODE = "routing.http.xff_header_processing.mode";
    static final String PRESERVE_HOST = "routing.http.preserve_host_header.enabled";
    static final String PROXY_PROTOCOL_V2 = "proxy_protocol_v2.enabled";
    /** The first address of a subnet AWS does not reserve; a real node takes any free address of the subnet. */
    private static final int FIRST_USABLE = 4;

    private TargetRequests() {
    }

    static TargetRequest of(RoutePlan p, LbNode node, RoutePlan.GroupPlan g, TargetSlot target) {
        TargetGroup group = g.state.group();
        Cidr subnet = NaclCheck.cidr(node.subnet().cidr());
        String source = g.preserveClientIp ? p.request.sourceIp() : subnet == null ? null : subnet.address(FIRST_USABLE);
        String sourceIs = g.preserveClientIp ? TargetRequest.FROM_CLIENT : TargetRequest.FROM_NODE;
        Protocol protocol = group.protocol() == null ? p.listener.protocol() : group.protocol();
        boolean proxyV2 = p.lb.isNetwork() && "true".equalsIgnoreCase(group.attributes().get(PROXY_PROTOCOL_V2));
        if (!p.lb.isApplication()) {
            return new TargetRequest(source, sourceIs, protocol.name(), target.port(), tls(p, protocol), null, null,
                    null, Map.of(), proxyV2);
        }
        return new TargetRequest(source, sourceIs, protocol.name(), target.port(), tls(p, protocol), host(p),
                p.targetPath, p.targetQuery, headers(p), false);
    }

    /**
     * A Lambda target (doc §2.5): the ALB invokes the function with the request as an event, not over a network
     * connection, so there is no source address; the event carries the Host, path, query and the headers it adds.
     */
    static TargetRequest lambdaEvent(RoutePlan p) {
        return new TargetRequest(null, TargetRequest.AS_EVENT, "LAMBDA", null, tls(p, Protocol.HTTP), host(p),
                p.targetPath, p.targetQuery, headers(p), false);
    }

    private static String tls(RoutePlan p, Protocol toTarget) {
        boolean toTargetTls = toTarget == Protocol.HTTPS || toTarget == Protocol.TLS;
        if (p.listener.protocol().terminatesTls()) {
            return toTargetTls ? "re-encrypted" : "terminated";
        }
        boolean clientTls = p.request.protocol() == Protocol.HTTPS || p.request.protocol() == Protocol.TLS;
        return clientTls ? "passed-through" : "none";
    }

    /** Doc §1.8: without preserve_host_header, a default port is dropped and another listener port appended. */
    private static String host(RoutePlan p) {
        String received = p.request.hostHeader();
        String host = p.targetHost;
        if ("true".equalsIgnoreCase(p.lb.attributes().get(PRESERVE_HOST))) {
            int colon = received.lastIndexOf(':');
            return colon < 0 ? host : host + received.substring(colon);
        }
        int port = p.listener.port();
        return port == 80 || port == 443 ? host : host + ":" + port;
    }

    private static Map<String, String> headers(RoutePlan p) {
        Map<String, String> headers = new LinkedHashMap<>();
        String mode = p.lb.attributes().getOrDefault(XFF_MODE, "append");
        String[] received = p.request.header("x-forwarded-for");
        String before = received == null ? null : String.join(", ", received);
        if ("append".equals(mode)) {
            headers.put("X-Forwarded-For", before == null ? p.request.sourceIp() : before + ", "
                    + p.request.sourceIp());
        } else if ("preserve".equals(mode) && before != null) {
            headers.put("X-Forwarded-For", before);
        }
        headers.put("X-Forwarded-Proto", p.listener.protocol() == Protocol.HTTPS ? "https" : "http");
        headers.put("X-Forwarded-Port", String.valueOf(p.listener.port()));
        return headers;
    }
}
