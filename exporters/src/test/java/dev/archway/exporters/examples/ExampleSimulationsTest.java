package dev.archway.exporters.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.simulation.DbOutcome;
import dev.archway.model.simulation.DbQuery;
import dev.archway.model.simulation.DbTrace;
import dev.archway.model.simulation.QueryReport;
import dev.archway.model.simulation.QueryRouter;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteOutcome;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.simulation.TrafficReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled examples answer the questions their scenarios raise, through the simulator. */
class ExampleSimulationsTest {
    private static final SimulationScenario NORMAL = SimulationScenario.NORMAL;

    private static RouteTrace route(Design design, String line, SimulationScenario scenario) {
        return new RequestRouter(design).route(SimRequest.parse(line, List.of(), null), null, scenario);
    }

    @ParameterizedTest(name = "ALB example: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "GET https://www.example.com/ | ShopTargets | ShopRule",
        "GET https://www.example.com/api/orders | ApiTargets | ShopApiRule",
        "GET https://blog.example.net/2024/post | BlogTargets | BlogRule",
    })
    void twoDomainsReachTheirTargetGroups(String line, String group, String rule) throws Exception {
        Design design = Examples.load("01-alb-host-routing.archway.json");
        RouteTrace t = route(design, line, NORMAL);
        assertEquals(RouteOutcome.FORWARDED, t.outcome());
        assertEquals(group, design.nameOf(t.targetGroupId()));
        assertEquals(rule, design.nameOf(t.ruleId()));
    }

    @ParameterizedTest(name = "SSL example: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "GET http://example.org/cart?id=1 | https://example.org:443/cart?id=1",
        "GET http://www.example.org/ | https://www.example.org:443/",
    })
    void httpIsRedirectedToHttps(String line, String location) throws Exception {
        RouteTrace t = route(Examples.load("02-ssl-termination.archway.json"), line, NORMAL);
        assertEquals(RouteOutcome.REDIRECTED, t.outcome());
        assertEquals(301, t.statusCode());
        assertEquals(location, t.location());
    }

    @Test
    void httpsIsTerminatedWithACertificateCoveringTheHost() throws Exception {
        Design design = Examples.load("02-ssl-termination.archway.json");
        RouteTrace t = route(design, "GET https://www.example.org/", NORMAL);
        assertEquals(RouteOutcome.FORWARDED, t.outcome());
        assertEquals("ExampleOrgCertificate", design.nameOf(t.certificateId()));
        assertEquals("WebTargets", design.nameOf(t.targetGroupId()));
        assertTrue(t.hops().stream().anyMatch(h -> h.decision().equals("selected")
                && h.reason().endsWith("it covers www.example.org")));
    }

    @Test
    void nlbSpreadsClientsOverItsTwoZones() throws Exception {
        Design design = Examples.load("03-nlb-tcp-gateway.archway.json");
        TrafficReport r = new RequestRouter(design).send(SimRequest.parse("TCP mq.example.io:8883", List.of(), null),
                null, NORMAL, 10_000);
        assertEquals(0.5, r.expectedShare("BrokerA"), 1e-12);
        assertEquals(0.5, r.count("BrokerA") / 10_000.0, 0.02);
    }

    /** Doc §3.2: DNS clients move to the surviving AZ; a client pinned to the failed AZ's static address fails. */
    @Test
    void nlbAzFailureShowsWhatThePerAzAddressMeans() throws Exception {
        Design design = Examples.load("03-nlb-tcp-gateway.archway.json");
        SimulationScenario azAFails = NORMAL.withZoneFailed("eu-central-1a", true);
        TrafficReport viaDns = new RequestRouter(design).send(SimRequest.parse("TCP mq.example.io:8883", List.of(),
                null), null, azAFails, 1000);
        assertEquals(Map.of(RouteOutcome.FORWARDED, 1000L), viaDns.outcomes());
        assertEquals(1000, viaDns.count("BrokerB"));
        RouteTrace pinnedToA = route(design, "TCP 203.0.113.10:8883", azAFails);
        assertEquals(RouteOutcome.UNAVAILABLE, pinnedToA.outcome());
        assertEquals("the node in eu-central-1a (203.0.113.10) does not answer: its AZ failed. A static per-AZ "
                + "address fails with its AZ; clients that resolve the DNS name reach the other nodes",
                pinnedToA.hops().get(pinnedToA.hops().size() - 1).reason());
        RouteTrace pinnedToB = route(design, "TCP 203.0.113.20:8883", azAFails);
        assertEquals("BrokerB", pinnedToB.targetName());
    }

    @Test
    void aReadReachesAReplicaThroughTheDjangoRouter() throws Exception {
        Design design = Examples.load("04-aurora-django.archway.json");
        QueryReport r = new QueryRouter(design).send(DbQuery.reads().viaApp("DjangoApp"), NORMAL, 1000);
        assertEquals("reader", r.first().endpoint());
        assertEquals(List.of("ReaderB", "ReaderC"), r.instances().stream().map(QueryReport.InstanceCount::name)
                .toList());
        assertEquals(1000, r.count("ReaderB") + r.count("ReaderC"));
    }

    @Test
    void aWriteReachesTheWriter() throws Exception {
        Design design = Examples.load("04-aurora-django.archway.json");
        DbTrace t = new QueryRouter(design).route(DbQuery.writes().viaApp("DjangoApp"), NORMAL);
        assertEquals(DbOutcome.CONNECTED, t.outcome());
        assertEquals("cluster", t.endpoint());
        assertEquals("Writer", design.nameOf(t.instanceId()));
        assertEquals(Boolean.TRUE, t.writeAccepted());
    }

    @Test
    void writerFailoverPromotesAReplicaAndTheClusterEndpointFollows() throws Exception {
        Design design = Examples.load("04-aurora-django.archway.json");
        DbTrace t = new QueryRouter(design).route(DbQuery.writes().viaApp("DjangoApp"), NORMAL.withWriterFailed(true));
        assertEquals("ReaderB", design.nameOf(t.promotedId()));
        assertEquals("ReaderB", design.nameOf(t.instanceId()));
        assertEquals("typically under 60 s, often under 30 s", t.failoverDuration());
    }
}
