package dev.archway.app.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Authenticate actions (OIDC and Cognito) read and written as a line of the inspector's action text. */
class AuthActionTextTest {
    private final Design design = design();

    private static Design design() {
        DesignBuilder b = new DesignBuilder("auth");
        String vpc = b.vpc("main", b.region("eu-west-1", "eu-west-1"), "10.0.0.0/16");
        b.targetGroup("web", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of());
        return b.build();
    }

    private static Action action(ActionType type, int order, Map<String, Object> config) {
        return new Action(type, order, List.of(), null, null, null, null, config);
    }

    private Action forwardToWeb(int order) {
        String web = design.byName("web").orElseThrow().id();
        Action forward = Action.forward(web);
        return new Action(forward.type(), order, forward.forward(), null, null, null, null, null);
    }

    @Test
    void anOidcLoginBeforeAForwardReadsBackAsWritten() {
        Map<String, Object> oidc = new LinkedHashMap<>();
        oidc.put("Issuer", "https://idp.example.com");
        oidc.put("AuthorizationEndpoint", "https://idp.example.com/authorize");
        oidc.put("TokenEndpoint", "https://idp.example.com/token");
        oidc.put("UserInfoEndpoint", "https://idp.example.com/userinfo");
        oidc.put("ClientId", "app");
        oidc.put("ClientSecret", Map.of("Ref", "ClientSecret"));
        oidc.put("Scope", "openid email");
        oidc.put("OnUnauthenticatedRequest", "authenticate");
        List<Action> actions = List.of(action(ActionType.AUTHENTICATE_OIDC, 1, oidc), forwardToWeb(2));
        String text = RuleText.actions(design, actions);
        assertEquals("authenticate-oidc: Issuer=https://idp.example.com, AuthorizationEndpoint="
                + "https://idp.example.com/authorize, TokenEndpoint=https://idp.example.com/token, UserInfoEndpoint="
                + "https://idp.example.com/userinfo, ClientId=app, ClientSecret.Ref=ClientSecret, Scope=openid email, "
                + "OnUnauthenticatedRequest=authenticate; forward: web", text);
        assertEquals(actions, RuleText.parseActions(design, text));
    }

    @Test
    void aCognitoLoginWithExtraParametersAndSeparatorsInValuesReadsBackAsWritten() {
        Map<String, Object> cognito = new LinkedHashMap<>();
        cognito.put("UserPoolArn", "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc");
        cognito.put("UserPoolClientId", "client");
        cognito.put("UserPoolDomain", "login");
        cognito.put("AuthenticationRequestExtraParams", new LinkedHashMap<>(Map.of("display", "page")));
        cognito.put("SessionCookieName", "a,b;c\\d");
        List<Action> actions = List.of(action(ActionType.AUTHENTICATE_COGNITO, 1, cognito), forwardToWeb(2));
        String text = RuleText.actions(design, actions);
        assertEquals(actions, RuleText.parseActions(design, text), text);
    }

    @Test
    void aMissingRequiredPropertyOrAPairWithoutEqualsIsRefusedWithTheReason() {
        assertEquals("authenticate-cognito needs UserPoolDomain", assertThrows(IllegalArgumentException.class,
                () -> RuleText.parseActions(design, "authenticate-cognito: UserPoolArn=arn, UserPoolClientId=c; "
                        + "forward: web")).getMessage());
        assertEquals("authenticate-oidc takes Key=value pairs, not 'Issuer'", assertThrows(
                IllegalArgumentException.class, () -> RuleText.parseActions(design, "authenticate-oidc: Issuer"))
                .getMessage());
    }

    @Test
    void aSingleActionKeepsNoOrder() {
        assertEquals(List.of(Action.forward(design.byName("web").orElseThrow().id())),
                RuleText.parseActions(design, "forward: web"));
    }
}
