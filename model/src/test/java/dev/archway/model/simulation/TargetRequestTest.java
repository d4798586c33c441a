package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 3: what the target sees. ALB: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/
 * x-forwarded-headers.html (doc §1.8); NLB: .../network/edit-target-group-attributes.html#client-ip-preservation
 * (doc §3.4) and proxy protocol v2.
 */
class TargetRequestTest {

    private static RouteTrace route(Design design, String line, List<String> headers, String sourceIp) {
        return new RequestRouter(design).route(SimRequest.parse(line, headers, sourceIp), null,
                SimulationScenario.NORMAL);
    }

    private static Design alb() {
        return new Fixtures().twoDomainAlb().design();
    }

    @Test
    void anAlbTargetSeesTheNodesPrivateAddressPlainHttpAndTheForwardedHeaders() {
        TargetRequest r = route(alb(), "GET https://api.example.com/v1?x=1", List.of(), null).targetRequest();
        assertEquals(TargetRequest.FROM_NODE, r.sourceIs());
        assertTrue(List.of("10.0.0.4", "10.0.1.4").contains(r.sourceIp()), r.sourceIp());
        assertEquals("HTTP", r.protocol());
        assertEquals(Integer.valueOf(80), r.port());
        assertEquals("terminated", r.tls());
        assertEquals("api.example.com", r.host());
        assertEquals("/v1", r.path());
        assertEquals("x=1", r.query());
        assertEquals(Map.of("X-Forwarded-For", SimRequest.DEFAULT_CLIENT_IP, "X-Forwarded-Proto", "https",
                "X-Forwarded-Port", "443"), r.headers());
        assertFalse(r.proxyProtocolV2());
    }

    @Test
    void appendModeAddsTheClientToAnExistingForwardedFor() {
        TargetRequest r = route(alb(), "GET https://api.example.com/", List.of("X-Forwarded-For: 198.51.100.1"),
                "203.0.113.9").targetRequest();
        assertEquals("198.51.100.1, 203.0.113.9", r.headers().get("X-Forwarded-For"));
    }

    @Test
    void removeModeStripsForwardedFor() {
        Design d = alb();
        d.put(d.get("Alb", LoadBalancer.class).withAttributes(Map.of(TargetRequests.XFF_MODE, "remove")));
        TargetRequest r = route(d, "GET https://api.example.com/", List.of("X-Forwarded-For: 198.51.100.1"), null)
                .targetRequest();
        assertNull(r.headers().get("X-Forwarded-For"));
    }

    @Test
    void nothingReachesATargetWhenTheRequestIsNotForwarded() {
        assertNull(route(alb(), "GET http://api.example.com/", List.of(), null).targetRequest());
    }

    @Test
    void anNlbInstanceTargetSeesTheClientAddress() {
        Design d = new Fixtures().nlb(1, 1, true).design();
        TargetRequest r = route(d, "TCP nlb:7000", List.of(), "203.0.113.9").targetRequest();
        assertEquals(TargetRequest.FROM_CLIENT, r.sourceIs());
        assertEquals("203.0.113.9", r.sourceIp());
        assertNull(r.host());
        assertEquals(Map.of(), r.headers());
    }

    /** Doc §3.4: preservation is off by default for IP targets over TCP, and cannot be turned off for UDP. */
    @Test
    void preservationDependsOnTargetTypeAndProtocol() {
        LoadBalancer nlb = new Fixtures().nlb(1, 1, true).design().get("Nlb", LoadBalancer.class);
        assertTrue(RequestRouter.preservesClientIp(nlb, group(TargetType.INSTANCE, Protocol.TCP, Map.of())));
        assertFalse(RequestRouter.preservesClientIp(nlb, group(TargetType.IP, Protocol.TCP, Map.of())));
        assertTrue(RequestRouter.preservesClientIp(nlb, group(TargetType.IP, Protocol.TCP,
                Map.of("preserve_client_ip.enabled", "true"))));
        assertTrue(RequestRouter.preservesClientIp(nlb, group(TargetType.IP, Protocol.UDP,
                Map.of("preserve_client_ip.enabled", "false"))));
    }

    private static TargetGroup group(TargetType type, Protocol protocol, Map<String, String> attributes) {
        return new TargetGroup("Tg", "Tg", "Vpc", protocol, 7000, type, null, attributes, List.of());
    }

    @Test
    void anNlbWithoutClientIpPreservationShowsItsNodeAndCanAddProxyProtocol() {
        Design d = new Fixtures().nlb(1, 1, true).design();
        d.put(d.get("Gateways", TargetGroup.class).withAttributes(Map.of("preserve_client_ip.enabled", "false",
                TargetRequests.PROXY_PROTOCOL_V2, "true")));
        d.put(d.get("GwSg", dev.archway.model.network.SecurityGroup.class).withIngress(List.of(
                dev.archway.model.network.SgRule.tcp(7000, "10.0.0.0/16"))));
        TargetRequest r = route(d, "TCP nlb:7000", List.of(), "203.0.113.9").targetRequest();
        assertEquals(TargetRequest.FROM_NODE, r.sourceIs());
        assertTrue(r.proxyProtocolV2());
    }
}
