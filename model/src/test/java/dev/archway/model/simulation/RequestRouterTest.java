package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.model.Design;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.lb.WeightedTargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestRouterTest {
    private final Fixtures f = new Fixtures().twoDomainAlb();
    private final Design design = f.design();

    private RouteTrace route(String line) {
        return new RequestRouter(design).route(SimRequest.parse(line, List.of(), null), null,
                SimulationScenario.NORMAL);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "GET https://api.example.com/v1 | forwarded | Api | ApiRule | HTTPS:443",
        "GET https://www.example.com/img/logo.png | forwarded | Images | ImagesRule | HTTPS:443",
        "GET https://www.example.com/about | forwarded | Web | default | HTTPS:443",
    })
    void twoDomainsReachTheirTargetGroups(String line, String outcome, String group, String rule, String listener) {
        RouteTrace t = route(line);
        assertEquals(outcome, t.outcome().label());
        assertEquals(group, design.nameOf(t.targetGroupId()));
        assertEquals(rule, t.ruleId() == null ? "default" : design.nameOf(t.ruleId()));
        assertEquals(listener, t.listenerLabel());
        assertEquals("Alb", design.nameOf(t.loadBalancerId()));
    }

    @Test
    void aRuleWhoseTemplateConditionIsFalseIsNotDeployed() {
        String apiRule = design.byName("ApiRule").orElseThrow().id();
        design.setCfnExtras(apiRule, Map.of("Condition", "HasApi", dev.archway.model.query.ConditionState.KEY,
                dev.archway.model.query.ConditionState.state(false, List.of())));
        RouteTrace t = route("GET https://api.example.com/v1");
        assertEquals("Web", design.nameOf(t.targetGroupId()));
        assertNull(t.ruleId());
        assertEquals(apiRule, design.byName("ApiRule").orElseThrow().id(), "the design itself keeps it");
    }

    @Test
    void httpIsRedirectedToHttpsWithTheCanonicalLocation() {
        RouteTrace t = route("GET http://www.example.com/about?x=1");
        assertEquals(RouteOutcome.REDIRECTED, t.outcome());
        assertEquals(301, t.statusCode());
        assertEquals("https://www.example.com:443/about?x=1", t.location());
        assertEquals("HTTP:80", t.listenerLabel());
        assertNull(t.ruleId());
    }

    @Test
    void traceNamesEachHopInOrder() {
        RouteTrace t = route("GET https://api.example.com/v1");
        assertEquals(List.of("dns", "lb-node", "network-acl", "lb-security-group", "listener", "certificate", "rule",
                "action", "target-group", "target", "target-security-group", "network-acl", "answer"),
                t.hops().stream().map(h -> h.step().label()).toList());
        assertEquals(List.of("ApiRecord", "PublicA", "AlbSg", "Https", "Cert", "ApiRule", "Api", "api-1",
                "WebSg", "PrivateA"), t.elementIds().stream().map(design::nameOf).toList());
    }

    @Test
    void sniChoosesTheDefaultCertificateCoveringTheWildcardName() {
        RouteTrace t = route("GET https://api.example.com/");
        assertEquals("Cert", design.nameOf(t.certificateId()));
        Hop cert = t.hops().stream().filter(h -> h.step() == Hop.Step.CERTIFICATE).findFirst().orElseThrow();
        assertEquals("selected", cert.decision());
        assertEquals("no certificate in the SNI list matches api.example.com, so the default certificate Cert answers; it covers api.example.com",
                cert.reason());
    }

    @Test
    void roundRobinSpreadsRequestsEvenlyAcrossTheGroup() {
        TrafficReport r = new RequestRouter(design).send(SimRequest.parse("GET https://api.example.com/", List.of(),
                null), null, SimulationScenario.NORMAL, 1000);
        assertEquals(Map.of(RouteOutcome.FORWARDED, 1000L), r.outcomes());
        assertEquals(1000, r.count("api-1") + r.count("api-2"));
        assertEquals(0.5, r.expectedShare("api-1"), 1e-12);
    }

    @Test
    void sameSeedGivesTheSameDistribution() {
        SimRequest request = SimRequest.parse("GET https://api.example.com/", List.of(), null);
        TrafficReport a = new RequestRouter(design).send(request, null, SimulationScenario.NORMAL, 5000);
        TrafficReport b = new RequestRouter(design).send(request, null, SimulationScenario.NORMAL, 5000);
        assertEquals(a.targets(), b.targets());
    }

    /** Doc §1.4: weights 10 and 20 give 1/3 and 2/3; weight 0 gets nothing (UNCONFIRMED default). */
    @ParameterizedTest(name = "§1.4 weights {0}/{1} -> shares {2}/{3}")
    @CsvSource({"10, 20, 0.3333333333333333, 0.6666666666666666", "1, 0, 1.0, 0.0", "5, 5, 0.5, 0.5"})
    void weightedForwardSplitsTrafficInProportion(int blueWeight, int greenWeight, double blue, double green) {
        String blueTg = f.b.targetGroup("Blue", f.vpc, Protocol.HTTP, 80, TargetType.INSTANCE,
                List.of(f.b.instance("blue-1", f.privateA, List.of("WebSg"))));
        String greenTg = f.b.targetGroup("Green", f.vpc, Protocol.HTTP, 80, TargetType.INSTANCE,
                List.of(f.b.instance("green-1", f.privateA, List.of("WebSg"))));
        f.b.rule("Canary", "Https", 1, List.of(RuleCondition.path("/canary")), Action.forwardWeighted(List.of(
                new WeightedTargetGroup(blueTg, blueWeight), new WeightedTargetGroup(greenTg, greenWeight))));
        TrafficReport r = new RequestRouter(design).send(SimRequest.parse("GET https://www.example.com/canary",
                List.of(), null), null, SimulationScenario.NORMAL, 30_000);
        assertEquals(blue, r.expectedShare("blue-1"), 1e-12);
        assertEquals(green, r.expectedShare("green-1"), 1e-12);
        assertEquals(blue, r.count("blue-1") / 30_000.0, 0.01);
        assertEquals(green, r.count("green-1") / 30_000.0, 0.01);
    }

    /** ECS tasks are targets of their own, spread over the service's subnets in order. */
    @Test
    void ecsServiceTasksAreTargetsAndCanBeMarkedUnhealthyOneByOne() {
        String svc = f.b.fargateService("Orders", List.of(f.privateA, f.privateB), List.of("WebSg"), 3, 80);
        f.b.targetGroup("OrdersTg", f.vpc, Protocol.HTTP, 80, TargetType.IP, List.of(svc));
        f.b.rule("OrdersRule", "Https", 2, List.of(RuleCondition.path("/orders")), Action.forward("OrdersTg"));
        SimRequest request = SimRequest.parse("GET https://www.example.com/orders", List.of(), null);
        TrafficReport r = new RequestRouter(design).send(request, null,
                SimulationScenario.NORMAL.withUnhealthy("Orders#2", true), 900);
        assertEquals(List.of("Orders#1", "Orders#2", "Orders#3"),
                r.targets().stream().map(TrafficReport.TargetCount::name).toList());
        assertEquals(List.of(0.5, 0.0, 0.5), r.targets().stream().map(TrafficReport.TargetCount::expectedShare)
                .toList());
        assertEquals(0, r.count("Orders#2"));
    }

    /** Doc §1.4: authenticate actions run first; OnUnauthenticatedRequest authenticate, deny or allow. */
    @ParameterizedTest(name = "§1.4 OnUnauthenticatedRequest={0}, cookie={1} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "authenticate | false | redirected | 302 | https://idp.example.com/authorize",
        "deny | false | blocked | 401 | ",
        "allow | false | forwarded | | ",
        "deny | true | forwarded | | ",
    })
    void authenticateActionsRunBeforeForwarding(String onUnauthenticated, boolean cookie, String outcome,
            Integer status, String location) {
        dev.archway.model.lb.Action auth = new dev.archway.model.lb.Action(
                dev.archway.model.lb.ActionType.AUTHENTICATE_OIDC, 1, List.of(), null, null, null, null,
                Map.of("AuthorizationEndpoint", "https://idp.example.com/authorize",
                        "OnUnauthenticatedRequest", onUnauthenticated));
        dev.archway.model.lb.Action forward = new dev.archway.model.lb.Action(dev.archway.model.lb.ActionType.FORWARD,
                2, List.of(new WeightedTargetGroup("Web", null)), null, null, null, null, null);
        f.b.add(new dev.archway.model.lb.ListenerRule("Admin", "Admin", "Https", 1,
                List.of(RuleCondition.path("/admin")), List.of(auth, forward)));
        List<String> headers = cookie ? List.of("Cookie: AWSELBAuthSessionCookie-0=abc") : List.of();
        RouteTrace t = new RequestRouter(design).route(SimRequest.parse("GET https://www.example.com/admin", headers,
                null), null, SimulationScenario.NORMAL);
        assertEquals(outcome, t.outcome().label());
        assertEquals(status, t.statusCode());
        assertEquals(location, t.location());
    }

    /** Doc §2.5/§3.4: an NLB can forward TCP to an ALB target group; the ALB's node in each AZ is a target. */
    @Test
    void nlbForwardsToAnAlbTarget() {
        String tg = f.b.targetGroup("AlbTargets", f.vpc, Protocol.TCP, 443, TargetType.ALB, List.of("Alb"));
        f.b.add(new dev.archway.model.lb.LoadBalancer("Front", "Front", f.vpc, dev.archway.model.lb.LbType.NETWORK,
                dev.archway.model.lb.Scheme.INTERNET_FACING, List.of(f.publicA, f.publicB), List.of(), Map.of(),
                List.of()));
        f.b.listener("Tls443", "Front", Protocol.TCP, 443, List.of(), Action.forward(tg));
        TrafficReport r = new RequestRouter(design).send(SimRequest.parse("GET https://Front/", List.of(), null), null,
                SimulationScenario.NORMAL, 100);
        assertEquals(List.of("Alb@eu-west-1a", "Alb@eu-west-1b"),
                r.targets().stream().map(TrafficReport.TargetCount::name).toList());
        assertEquals(0.5, r.expectedShare("Alb@eu-west-1a"), 1e-12);
        assertEquals("to Alb@eu-west-1a at port 443 of its address in PublicA in eu-west-1a; that ALB then routes the "
                + "request (simulate it with --lb Alb)", r.first().hops().get(r.first().hops().size() - 1).reason());
    }

    @Test
    void fixedResponseAnswersWithItsStatus() {
        f.b.rule("Maintenance", "Https", 1, List.of(RuleCondition.path("/down")),
                Action.fixedResponse("503", "text/plain", "back soon"));
        RouteTrace t = route("GET https://www.example.com/down");
        assertEquals(RouteOutcome.FIXED_RESPONSE, t.outcome());
        assertEquals(503, t.statusCode());
        assertEquals("Maintenance", design.nameOf(t.ruleId()));
    }

    /** Issue 21: the group admits the port, nothing listens on it. */
    @Test
    void aPortTheGroupAdmitsWithoutListenerHasNoListener() {
        SecurityGroup sg = design.get("AlbSg", SecurityGroup.class);
        design.put(sg.withIngress(List.of(SgRule.tcp(443, "0.0.0.0/0"), SgRule.tcp(8443, "0.0.0.0/0"))));
        RouteTrace t = route("GET https://www.example.com:8443/");
        assertEquals(RouteOutcome.NO_LISTENER, t.outcome());
        assertNull(t.listenerLabel());
    }

    /** Issue 21, doc §2.7: the security group drops a port it does not admit before any listener is looked at. */
    @Test
    void aPortTheLoadBalancerGroupDoesNotAdmitIsBlockedByIt() {
        RouteTrace t = route("GET https://www.example.com:8443/");
        assertEquals(RouteOutcome.BLOCKED, t.outcome());
        assertEquals("AlbSg", design.nameOf(t.blockedById()));
        assertEquals("lb-security-group", t.hops().get(t.hops().size() - 1).step().label());
        assertNull(t.listenerLabel());
    }

    @Test
    void anUnknownHostWithSeveralLoadBalancersAsksForLb() {
        f.nlb(1, 1, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> route("GET https://x.test/"));
        assertEquals("no DNS record or load balancer name resolves 'x.test'; name one with --lb (Alb, Nlb)",
                e.getMessage());
    }

    @Test
    void aLoadBalancerNameWorksAsHost() {
        RouteTrace t = route("GET http://Alb/");
        assertEquals(RouteOutcome.REDIRECTED, t.outcome());
        assertEquals("https://alb:443/", t.location());
    }
}
