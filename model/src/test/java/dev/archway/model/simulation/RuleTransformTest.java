package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.archway.model.Design;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleTransform;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, doc §1.5 (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-transforms.html):
 * transforms run after routing, a regex that does not match leaves the request unchanged, and a rewrite that matches
 * but fails makes the ALB answer HTTP 500.
 */
class RuleTransformTest {
    private final Design design = new Fixtures().twoDomainAlb().design();

    private RouteTrace route(String line, RuleTransform... transforms) {
        design.put(design.get("ApiRule", ListenerRule.class).withTransforms(List.of(transforms)));
        return new RequestRouter(design).route(SimRequest.parse(line, List.of(), null), null,
                SimulationScenario.NORMAL);
    }

    private static String transformDecision(RouteTrace t) {
        return t.hops().stream().filter(h -> h.step() == Hop.Step.TRANSFORM).map(Hop::decision).findFirst()
                .orElse(null);
    }

    @Test
    void aUrlRewriteChangesThePathTheTargetReceivesNotTheRoute() {
        RouteTrace t = route("GET https://api.example.com/v1/users?page=2", RuleTransform.url("^/v1/(.*)$", "/v2/$1"));
        assertEquals(RouteOutcome.FORWARDED, t.outcome());
        assertEquals("Api", design.nameOf(t.targetGroupId()));
        assertEquals("/v2/users", t.targetRequest().path());
        assertEquals("page=2", t.targetRequest().query());
        assertEquals("rewritten", transformDecision(t));
    }

    @Test
    void aHostHeaderRewriteChangesTheForwardedHost() {
        RouteTrace t = route("GET https://api.example.com/", RuleTransform.hostHeader("^api\\.(.+)$", "internal.$1"));
        assertEquals("internal.example.com", t.targetRequest().host());
    }

    @Test
    void aRegexThatDoesNotMatchLeavesTheRequestUnchanged() {
        RouteTrace t = route("GET https://api.example.com/v3/x", RuleTransform.url("^/v1/(.*)$", "/v2/$1"));
        assertEquals("/v3/x", t.targetRequest().path());
        assertEquals("unchanged", transformDecision(t));
    }

    @Test
    void aRewriteNamingAMissingGroupFailsWith500() {
        RouteTrace t = route("GET https://api.example.com/v1/x", RuleTransform.url("^/v1/(.*)$", "/v2/$2"));
        assertEquals(RouteOutcome.UNAVAILABLE, t.outcome());
        assertEquals(500, t.statusCode());
        assertEquals("failed", transformDecision(t));
        assertNull(t.targetRequest());
    }

    @Test
    void aRewriteThatLeavesNoValidUrlFailsWith500() {
        RouteTrace t = route("GET https://api.example.com/v1/x", RuleTransform.url("^/v1/", "v2/"));
        assertEquals(500, t.statusCode());
    }

    @Test
    void theDefaultRuleHasNoTransforms() {
        RouteTrace t = route("GET https://www.example.com/about", RuleTransform.url("^/(.*)$", "/x/$1"));
        assertEquals("/about", t.targetRequest().path());
        assertNull(transformDecision(t));
    }
}
