package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.archway.model.Design;
import dev.archway.model.lb.TargetGroup;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossZoneAndFailureTest {
    private static final SimRequest TCP = SimRequest.parse("TCP nlb:7000", List.of(), null);
    private static final SimulationScenario NORMAL = SimulationScenario.NORMAL;

    private static TrafficReport send(Design design, SimRequest request, SimulationScenario scenario, int n) {
        return new RequestRouter(design).send(request, null, scenario, n);
    }

    /** Doc §2.2 worked example: 2 targets in AZ a, 8 in AZ b; each node gets half of the DNS-spread traffic. */
    @ParameterizedTest(name = "§2.2 cross-zone {0}: a-targets {1} each, b-targets {2} each")
    @CsvSource({"true, 0.10, 0.10", "false, 0.25, 0.0625"})
    void twoVersusEightTargets(boolean crossZone, double eachInA, double eachInB) {
        Design design = new Fixtures().nlb(2, 8, crossZone).design();
        TrafficReport r = send(design, TCP, NORMAL, 200_000);
        assertEquals(eachInA, r.expectedShare("a-1"), 1e-12);
        assertEquals(eachInA, r.expectedShare("a-2"), 1e-12);
        for (int i = 1; i <= 8; i++) {
            assertEquals(eachInB, r.expectedShare("b-" + i), 1e-12);
            assertEquals(eachInB, r.count("b-" + i) / 200_000.0, 0.005);
        }
        assertEquals(eachInA, r.count("a-1") / 200_000.0, 0.005);
    }

    @Test
    void albTargetGroupWithCrossZoneOffBehavesLikeTheWorkedExample() {
        Fixtures f = new Fixtures().twoDomainAlb();
        Design design = f.design();
        TargetGroup api = design.get("Api", TargetGroup.class);
        design.put(api.withAttributes(Map.of(TargetGroupState.CROSS_ZONE, "false"))
                .withTargets(List.of(api.targets().get(0), api.targets().get(1),
                        new dev.archway.model.lb.TargetRegistration(f.b.instance("api-3", f.privateB, List.of("WebSg")),
                                null))));
        TrafficReport r = send(design, SimRequest.parse("GET https://api.example.com/", List.of(), null), NORMAL, 10);
        assertEquals(0.5, r.expectedShare("api-1"), 1e-12);
        assertEquals(0.25, r.expectedShare("api-2"), 1e-12);
        assertEquals(0.25, r.expectedShare("api-3"), 1e-12);
    }

    /** Doc §2.2: with cross-zone off, an enabled AZ without targets answers 503 for requests entering it. */
    @Test
    void albEmptyZoneWithCrossZoneOffAnswers503() {
        Fixtures f = new Fixtures().twoDomainAlb();
        Design design = f.design();
        TargetGroup images = design.get("Images", TargetGroup.class);
        design.put(images.withAttributes(Map.of(TargetGroupState.CROSS_ZONE, "false")));
        TrafficReport r = send(design, SimRequest.parse("GET https://www.example.com/img/a", List.of(), null), NORMAL,
                10_000);
        assertEquals(Set.of(RouteOutcome.FORWARDED, RouteOutcome.UNAVAILABLE), r.outcomes().keySet());
        assertEquals(0.5, r.outcomes().get(RouteOutcome.UNAVAILABLE) / 10_000.0, 0.02);
        assertEquals(0.5, r.expectedShare("img-1"), 1e-12);
    }

    /** Doc §3.2: a failed AZ's node stops answering; DNS clients reach the other node, cross-zone off keeps AZ b. */
    @Test
    void nlbAzFailureSendsDnsClientsToTheOtherZone() {
        Design design = new Fixtures().nlb(2, 8, false).design();
        TrafficReport r = send(design, TCP, NORMAL.withZoneFailed("eu-west-1a", true), 1000);
        assertEquals(0.0, r.expectedShare("a-1"), 1e-12);
        assertEquals(0.125, r.expectedShare("b-1"), 1e-12);
        assertEquals(Map.of(RouteOutcome.FORWARDED, 1000L), r.outcomes());
        Hop dns = r.first().hops().get(0);
        assertEquals("nlb names the load balancer Nlb. DNS returns the node in eu-west-1b (203.0.113.11); withdrawn: "
                + "eu-west-1a (203.0.113.10): its AZ failed (clients that dial 203.0.113.10 directly get no answer)",
                dns.reason());
    }

    /** Doc §3.2: clients that dial a failed AZ's static address fail; the per-AZ address fails with its AZ. */
    @Test
    void nlbStaticAddressOfAFailedZoneDoesNotAnswer() {
        Design design = new Fixtures().nlb(2, 8, false).design();
        RouteTrace t = new RequestRouter(design).route(SimRequest.parse("TCP 203.0.113.10:7000", List.of(), null),
                null, NORMAL.withZoneFailed("eu-west-1a", true));
        assertEquals(RouteOutcome.UNAVAILABLE, t.outcome());
        assertNull(t.statusCode());
        Hop last = t.hops().get(t.hops().size() - 1);
        assertEquals("PublicA", design.nameOf(last.elementId()));
        assertEquals("the node in eu-west-1a (203.0.113.10) does not answer: its AZ failed. A static per-AZ address "
                + "fails with its AZ; clients that resolve the DNS name reach the other nodes", last.reason());
    }

    /** Doc §3.2: an AZ with no healthy target is removed from DNS; its static address still reaches the node. */
    @Test
    void nlbZoneWithoutTargetsIsWithdrawnFromDns() {
        Design design = new Fixtures().nlb(2, 0, false).design();
        TrafficReport viaDns = send(design, TCP, NORMAL, 100);
        assertEquals(0.5, viaDns.expectedShare("a-1"), 1e-12);
        assertEquals(Map.of(RouteOutcome.FORWARDED, 100L), viaDns.outcomes());
        RouteTrace pinned = new RequestRouter(design).route(SimRequest.parse("TCP 203.0.113.11:7000", List.of(), null),
                null, NORMAL);
        assertEquals(RouteOutcome.UNAVAILABLE, pinned.outcome());
    }

    /** Doc §2.4: unhealthy targets get no traffic while a healthy one remains. */
    @Test
    void unhealthyTargetGetsNoTraffic() {
        Design design = new Fixtures().twoDomainAlb().design();
        TrafficReport r = send(design, SimRequest.parse("GET https://api.example.com/", List.of(), null),
                NORMAL.withUnhealthy("api-1", true), 100);
        assertEquals(0, r.count("api-1"));
        assertEquals(100, r.count("api-2"));
    }

    /** Doc §2.4: when every target is unhealthy the group fails open and routes to all of them. */
    @Test
    void allUnhealthyFailsOpen() {
        Design design = new Fixtures().twoDomainAlb().design();
        TrafficReport r = send(design, SimRequest.parse("GET https://api.example.com/", List.of(), null),
                NORMAL.withUnhealthy("api-1", true).withUnhealthy("api-2", true), 100);
        assertEquals(50, r.count("api-1"), 1);
        assertEquals(100, r.count("api-1") + r.count("api-2"));
        Hop group = r.first().hops().stream().filter(h -> h.step() == Hop.Step.TARGET_GROUP).findFirst().orElseThrow();
        assertEquals("2 of 2 targets can take traffic from the node in eu-west-1a (cross-zone on): api-1 (unhealthy), "
                + "api-2 (unhealthy); no target is healthy, so the group fails open and routes to all of them",
                group.reason());
    }

    /** Issue: a group left with no target that can take traffic answers 503. */
    @Test
    void groupWithAllTargetsInFailedZoneAnswers503() {
        Design design = new Fixtures().twoDomainAlb().design();
        RouteTrace t = new RequestRouter(design).route(SimRequest.parse("GET https://www.example.com/img/x", List.of(),
                null), null, NORMAL.withZoneFailed("eu-west-1a", true));
        assertEquals(RouteOutcome.UNAVAILABLE, t.outcome());
        assertEquals(503, t.statusCode());
        assertEquals("AzB", design.nameOf(t.availabilityZoneId()));
    }

    /** Doc §2.1: a target in an AZ the load balancer is not enabled in receives no traffic. */
    @Test
    void targetInAZoneNotEnabledIsUnused() {
        Fixtures f = new Fixtures().twoDomainAlb();
        String azC = f.b.az("AzC", f.vpc, "eu-west-1c");
        String privateC = f.b.subnet("PrivateC", f.vpc, azC, "10.0.12.0/24", f.privateRt);
        Design design = f.design();
        TargetGroup api = design.get("Api", TargetGroup.class);
        design.put(api.withTargets(List.of(new dev.archway.model.lb.TargetRegistration(
                f.b.instance("api-c", privateC, List.of("WebSg")), null))));
        RouteTrace t = new RequestRouter(design).route(SimRequest.parse("GET https://api.example.com/", List.of(),
                null), null, NORMAL);
        assertEquals(RouteOutcome.UNAVAILABLE, t.outcome());
        assertEquals(503, t.statusCode());
    }

    /** Doc §2.2: cross-zone off and every target of a zone unhealthy: that ALB node is removed from DNS. */
    @Test
    void albNodeWhoseZoneTargetsAreAllUnhealthyLeavesDns() {
        Design design = new Fixtures().twoDomainAlb().design();
        TargetGroup api = design.get("Api", TargetGroup.class);
        design.put(api.withAttributes(Map.of(TargetGroupState.CROSS_ZONE, "false")));
        TrafficReport r = send(design, SimRequest.parse("GET https://api.example.com/", List.of(), null),
                NORMAL.withUnhealthy("api-1", true), 1000);
        assertEquals(Map.of(RouteOutcome.FORWARDED, 1000L), r.outcomes());
        assertEquals(1000, r.count("api-2"));
        assertEquals("api.example.com is an alias record in hosted zone example.com for Alb. DNS returns the node in "
                + "eu-west-1b; withdrawn: eu-west-1a: all targets in this AZ are unhealthy and cross-zone is off",
                r.first().hops().get(0).reason());
    }

    /** Doc §3.2: if every target fails in every AZ, DNS fails open to all nodes and the group routes to all. */
    @Test
    void nlbWithEveryTargetUnhealthyFailsOpen() {
        Design design = new Fixtures().nlb(1, 1, false).design();
        TrafficReport r = send(design, TCP, NORMAL.withUnhealthy("a-1", true).withUnhealthy("b-1", true), 1000);
        assertEquals(0.5, r.expectedShare("a-1"), 1e-12);
        assertEquals(0.5, r.expectedShare("b-1"), 1e-12);
        assertEquals(Map.of(RouteOutcome.FORWARDED, 1000L), r.outcomes());
    }
}
