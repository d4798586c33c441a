package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.RuleTransform;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each kind of target sees of a forwarded request (issue 21, point 3), per the AWS pages it follows:
 * ALB targets connect from a node's private address (application/x-forwarded-headers.html, doc §1.8); NLB targets
 * see the client's address for instance targets and UDP, the node's for IP targets over TCP/TLS unless the group
 * says otherwise (network/edit-target-group-attributes.html#client-ip-preservation, doc §3.4); an ALB behind an NLB
 * gets the client's address over TCP (network/application-load-balancer-target.html); a Lambda function is invoked
 * with an event, not a connection (application/lambda-functions.html, doc §2.5).
 */
class TargetKindsTest {
    private static final String CLIENT = "203.0.113.9";

    private static TargetRequest seen(Design design, String line) {
        RouteTrace t = new RequestRouter(design).route(SimRequest.parse(line, List.of(), CLIENT), null,
                SimulationScenario.NORMAL);
        assertEquals(RouteOutcome.FORWARDED, t.outcome(), t.hops().toString());
        return t.targetRequest();
    }

    private static String autoScalingGroup(Fixtures f, String securityGroup) {
        return f.b.add(new AutoScalingGroup("Workers", "Workers", f.vpc, List.of(f.privateA, f.privateB),
                List.of(securityGroup), 2, 2, 4, "t3.micro", "ami-0abcdef1234567890", null)).id();
    }

    private static void retarget(Design d, String group, TargetType type, String targetId) {
        TargetGroup g = d.get(group, TargetGroup.class);
        d.put(new TargetGroup(g.id(), g.name(), g.vpcId(), g.protocol(), g.port(), type, g.healthCheck(),
                g.attributes(), List.of(new TargetRegistration(targetId, null))));
    }

    @Test
    void anAutoScalingInstanceBehindAnAlbSeesTheNodesPrivateAddressAndForwardedFor() {
        Fixtures f = new Fixtures().twoDomainAlb();
        Design d = f.design();
        retarget(d, "Web", TargetType.INSTANCE, autoScalingGroup(f, "WebSg"));
        TargetRequest r = seen(d, "GET https://www.example.com/cart");
        assertEquals(TargetRequest.FROM_NODE, r.sourceIs());
        assertTrue(List.of("10.0.0.4", "10.0.1.4").contains(r.sourceIp()), r.sourceIp());
        assertEquals(CLIENT, r.headers().get("X-Forwarded-For"));
        assertEquals("terminated", r.tls());
    }

    @Test
    void anAutoScalingInstanceBehindAnNlbSeesTheClientByDefault() {
        Fixtures f = new Fixtures().nlb(0, 0, true);
        Design d = f.design();
        retarget(d, "Gateways", TargetType.INSTANCE, autoScalingGroup(f, "GwSg"));
        TargetRequest r = seen(d, "TCP nlb:7000");
        assertEquals(TargetRequest.FROM_CLIENT, r.sourceIs());
        assertEquals(CLIENT, r.sourceIp());
        assertEquals(Map.of(), r.headers());
    }

    @Test
    void anIpTargetBehindAnNlbSeesTheNodeOverTcpUnlessPreservationIsOn() {
        Fixtures f = new Fixtures().nlb(0, 0, true);
        Design d = f.design();
        retarget(d, "Gateways", TargetType.IP, f.b.fargateService("Tasks", List.of(f.privateA, f.privateB),
                List.of("GwSg"), 2, 7000));
        TargetRequest r = seen(d, "TCP nlb:7000");
        assertEquals(TargetRequest.FROM_NODE, r.sourceIs());
        assertTrue(List.of("10.0.0.4", "10.0.1.4").contains(r.sourceIp()), r.sourceIp());
        d.put(d.get("Gateways", TargetGroup.class).withAttributes(Map.of("preserve_client_ip.enabled", "true")));
        assertEquals(CLIENT, seen(d, "TCP nlb:7000").sourceIp());
    }

    @Test
    void anAlbBehindAnNlbGetsTheClientsAddressAndItsTlsOverTcp() {
        Fixtures f = new Fixtures().twoDomainAlb();
        Design d = f.design();
        String tg = f.b.targetGroup("AlbTargets", f.vpc, Protocol.TCP, 443, TargetType.ALB, List.of("Alb"));
        f.b.add(new LoadBalancer("Front", "Front", f.vpc, LbType.NETWORK, Scheme.INTERNET_FACING,
                List.of(f.publicA, f.publicB), List.of(), Map.of(), List.of()));
        f.b.listener("Tcp443", "Front", Protocol.TCP, 443, List.of(), Action.forward(tg));
        TargetRequest r = new RequestRouter(d).route(SimRequest.parse("GET https://Front/", List.of(), CLIENT),
                "Front", SimulationScenario.NORMAL).targetRequest();
        assertEquals(TargetRequest.FROM_CLIENT, r.sourceIs());
        assertEquals(CLIENT, r.sourceIp());
        assertEquals("TCP", r.protocol());
        assertEquals(Integer.valueOf(443), r.port());
        assertEquals("passed-through", r.tls());
        assertNull(r.host());
    }

    private static Design lambdaBehindAlb(List<RuleTransform> transforms) {
        Fixtures f = new Fixtures().twoDomainAlb();
        Design d = f.design();
        d.put(new OpaqueResource("Fn", "Fn", "AWS::Lambda::Function", Map.of(), Map.of(), List.of()));
        d.put(new TargetGroup("FnTg", "FnTg", null, null, 0, TargetType.LAMBDA, null, Map.of(),
                List.of(new TargetRegistration("Fn", null))));
        f.b.rule("FnRule", "Https", 5, List.of(RuleCondition.path("/fn/*")), Action.forward("FnTg"));
        d.put(d.get("FnRule", dev.archway.model.lb.ListenerRule.class).withTransforms(transforms));
        return d;
    }

    @Test
    void aLambdaFunctionIsInvokedWithAnEventThatHasNoSourceAddress() {
        TargetRequest r = seen(lambdaBehindAlb(List.of()), "GET https://www.example.com/fn/run?id=7");
        assertEquals(TargetRequest.AS_EVENT, r.sourceIs());
        assertNull(r.sourceIp());
        assertNull(r.port());
        assertEquals("www.example.com", r.host());
        assertEquals("/fn/run", r.path());
        assertEquals("id=7", r.query());
        assertEquals(Map.of("X-Forwarded-For", CLIENT, "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"),
                r.headers());
        assertEquals("terminated", r.tls());
    }

    /** Doc §1.5: a rewrite applies to the event as to any target; one that fails answers 500 instead. */
    @Test
    void aRewriteOnALambdaRuleChangesTheEventOrFailsWith500() {
        Design d = lambdaBehindAlb(List.of(RuleTransform.url("^/fn/(.*)$", "/$1")));
        assertEquals("/run", seen(d, "GET https://www.example.com/fn/run").path());
        RouteTrace failed = new RequestRouter(lambdaBehindAlb(List.of(RuleTransform.url("^/fn/(.*)$", "/$2"))))
                .route(SimRequest.parse("GET https://www.example.com/fn/run", List.of(), CLIENT), null,
                        SimulationScenario.NORMAL);
        assertEquals(500, failed.statusCode());
        assertNull(failed.targetRequest());
    }
}
