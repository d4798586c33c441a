package dev.archway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.RuleTransform;
import dev.archway.model.lb.WeightedTargetGroup;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;

/** ELB API actions, conditions and transforms as the model has them. */
class ElbActionsTest {
    @Test
    void anOidcActionKeepsItsSettingsButNeverTheClientSecret() {
        var action = ElbActions.action(Action.builder().type("authenticate-oidc").order(1).authenticateOidcConfig(c -> c
                .issuer("https://idp.example").clientId("archway").clientSecret("s3cr3t").scope("openid")
                .authorizationEndpoint("https://idp.example/auth").tokenEndpoint("https://idp.example/token")
                .userInfoEndpoint("https://idp.example/me")).build()).orElseThrow();
        assertEquals(ActionType.AUTHENTICATE_OIDC, action.type());
        assertEquals("archway", action.config().get("ClientId"));
        assertTrue(action.config().values().stream().noneMatch("s3cr3t"::equals), action.config().toString());
    }

    @Test
    void aWeightedForwardKeepsWeightsAndStickiness() {
        var action = ElbActions.action(Action.builder().type("forward").forwardConfig(f -> f
                .targetGroups(t -> t.targetGroupArn("blue").weight(80), t -> t.targetGroupArn("green").weight(20))
                .targetGroupStickinessConfig(s -> s.enabled(true).durationSeconds(600))).build()).orElseThrow();
        assertEquals(List.of(new WeightedTargetGroup("blue", 80), new WeightedTargetGroup("green", 20)),
                action.forward());
        assertEquals(Boolean.TRUE, action.stickiness());
        assertEquals(600, action.stickinessSeconds());
    }

    @Test
    void aSimpleForwardNamesItsOneGroupWithoutWeight() {
        var action = ElbActions.action(Action.builder().type("forward").targetGroupArn("web").forwardConfig(f -> f
                .targetGroups(t -> t.targetGroupArn("web").weight(1))).build()).orElseThrow();
        assertEquals(List.of(new WeightedTargetGroup("web", null)), action.forward());
    }

    @Test
    void anActionTheModelLacksIsLeftForTheCallerToWarnAbout() {
        assertTrue(ElbActions.action(Action.builder().type("jwt-validation").build()).isEmpty());
    }

    @Test
    void everyConditionFieldWithItsValues() {
        assertEquals(new RuleCondition(ConditionField.HTTP_HEADER, "X-Env", List.of("beta"), List.of(), List.of()),
                condition(c -> c.field("http-header").httpHeaderConfig(h -> h.httpHeaderName("X-Env").values("beta"))));
        assertEquals(RuleCondition.query(new QueryPair("v", "2"), new QueryPair(null, "debug")),
                condition(c -> c.field("query-string").queryStringConfig(q -> q.values(p -> p.key("v").value("2"),
                        p -> p.value("debug")))));
        assertEquals(RuleCondition.of(ConditionField.HTTP_REQUEST_METHOD, "POST"),
                condition(c -> c.field("http-request-method").httpRequestMethodConfig(m -> m.values("POST"))));
        assertEquals(RuleCondition.of(ConditionField.SOURCE_IP, "10.0.0.0/8"),
                condition(c -> c.field("source-ip").sourceIpConfig(s -> s.values("10.0.0.0/8"))));
        assertEquals(new RuleCondition(ConditionField.HOST_HEADER, null, List.of("a.example"), List.of(),
                List.of("^b\\\\.example$")), condition(c -> c.field("host-header").values("a.example")
                        .hostHeaderConfig(h -> h.values("a.example").regexValues("^b\\\\.example$"))));
    }

    @Test
    void transformsRewriteByRegex() {
        var t = ElbActions.transform(software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform
                .builder().type("url-rewrite").urlRewriteConfig(u -> u.rewrites(r -> r.regex("^/api/(.*)$")
                        .replace("/$1"))).build()).orElseThrow();
        assertEquals(RuleTransform.url("^/api/(.*)$", "/$1"), t);
    }

    private static RuleCondition condition(java.util.function.Consumer<
            software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition.Builder> c) {
        var b = software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition.builder();
        c.accept(b);
        return ElbActions.condition(b.build()).orElseThrow();
    }
}
