package dev.archway.account;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.FixedResponseConfig;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.RuleTransform;
import dev.archway.model.lb.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateOidcActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RewriteConfig;

/**
 * Listener and rule actions, conditions and transforms from the ELB API into the model. Authenticate actions keep
 * their configuration under CloudFormation's property names, never the client secret.
 */
final class ElbActions {
    private ElbActions() {
    }

    /** Empty for an action type the model does not have (JWT validation): the caller warns. */
    static Optional<Action> action(software.amazon.awssdk.services.elasticloadbalancingv2.model.Action a) {
        Integer order = a.order();
        return switch (a.typeAsString()) {
            case "forward" -> Optional.of(forward(order, a.targetGroupArn(), a.forwardConfig()));
            case "redirect" -> Optional.of(new Action(ActionType.REDIRECT, order, List.of(), null, null,
                    redirect(a.redirectConfig()), null, null));
            case "fixed-response" -> Optional.of(new Action(ActionType.FIXED_RESPONSE, order, List.of(), null, null,
                    null, new FixedResponseConfig(a.fixedResponseConfig().statusCode(),
                            a.fixedResponseConfig().contentType(), a.fixedResponseConfig().messageBody()), null));
            case "authenticate-oidc" -> Optional.of(new Action(ActionType.AUTHENTICATE_OIDC, order, List.of(), null,
                    null, null, null, oidc(a.authenticateOidcConfig())));
            case "authenticate-cognito" -> Optional.of(new Action(ActionType.AUTHENTICATE_COGNITO, order, List.of(),
                    null, null, null, null, cognito(a.authenticateCognitoConfig())));
            default -> Optional.empty();
        };
    }

    private static Action forward(Integer order, String targetGroupArn, ForwardActionConfig config) {
        if (config == null || config.targetGroups().isEmpty()) {
            return new Action(ActionType.FORWARD, order, List.of(new WeightedTargetGroup(targetGroupArn, null)), null,
                    null, null, null, null);
        }
        List<WeightedTargetGroup> groups = config.targetGroups().stream()
                .map(t -> new WeightedTargetGroup(t.targetGroupArn(), config.targetGroups().size() == 1
                        && targetGroupArn != null ? null : t.weight())).toList();
        var sticky = config.targetGroupStickinessConfig();
        return new Action(ActionType.FORWARD, order, groups, sticky == null ? null : sticky.enabled(),
                sticky == null ? null : sticky.durationSeconds(), null, null, null);
    }

    private static RedirectConfig redirect(RedirectActionConfig r) {
        return new RedirectConfig(r.protocol(), r.host(), r.port(), r.path(), r.query(), r.statusCodeAsString());
    }

    private static Map<String, Object> oidc(AuthenticateOidcActionConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "Issuer", c.issuer());
        putIf(m, "AuthorizationEndpoint", c.authorizationEndpoint());
        putIf(m, "TokenEndpoint", c.tokenEndpoint());
        putIf(m, "UserInfoEndpoint", c.userInfoEndpoint());
        putIf(m, "ClientId", c.clientId());
        putIf(m, "SessionCookieName", c.sessionCookieName());
        putIf(m, "Scope", c.scope());
        putIf(m, "SessionTimeout", c.sessionTimeout());
        putIf(m, "OnUnauthenticatedRequest", c.onUnauthenticatedRequestAsString());
        return m;
    }

    private static Map<String, Object> cognito(AuthenticateCognitoActionConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "UserPoolArn", c.userPoolArn());
        putIf(m, "UserPoolClientId", c.userPoolClientId());
        putIf(m, "UserPoolDomain", c.userPoolDomain());
        putIf(m, "SessionCookieName", c.sessionCookieName());
        putIf(m, "Scope", c.scope());
        putIf(m, "SessionTimeout", c.sessionTimeout());
        putIf(m, "OnUnauthenticatedRequest", c.onUnauthenticatedRequestAsString());
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Empty for a field the model does not know. */
    static Optional<RuleCondition> condition(
            software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition c) {
        ConditionField field;
        try {
            field = ConditionField.fromAwsName(c.field());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>(c.values());
        List<String> regex = new ArrayList<>(c.regexValues());
        String header = null;
        List<QueryPair> query = List.of();
        switch (field) {
            case HOST_HEADER -> {
                if (c.hostHeaderConfig() != null) {
                    values = merge(values, c.hostHeaderConfig().values());
                    regex = merge(regex, c.hostHeaderConfig().regexValues());
                }
            }
            case PATH_PATTERN -> {
                if (c.pathPatternConfig() != null) {
                    values = merge(values, c.pathPatternConfig().values());
                    regex = merge(regex, c.pathPatternConfig().regexValues());
                }
            }
            case HTTP_HEADER -> {
                header = c.httpHeaderConfig().httpHeaderName();
                values = c.httpHeaderConfig().values();
                regex = merge(regex, c.httpHeaderConfig().regexValues());
            }
            case HTTP_REQUEST_METHOD -> values = c.httpRequestMethodConfig().values();
            case SOURCE_IP -> values = c.sourceIpConfig().values();
            case QUERY_STRING -> {
                query = c.queryStringConfig().values().stream().map(p -> new QueryPair(p.key(), p.value())).toList();
                values = List.of();
            }
            default -> throw new IllegalStateException(field.name());
        }
        return Optional.of(new RuleCondition(field, header, values, query, regex));
    }

    /** The old {@code Values} and the typed config may both carry the values; each value once. */
    private static List<String> merge(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(v -> !out.contains(v)).forEach(out::add);
        return out;
    }

    static Optional<RuleTransform> transform(
            software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform t) {
        List<RewriteConfig> rewrites = switch (t.typeAsString()) {
            case "host-header-rewrite" -> t.hostHeaderRewriteConfig().rewrites();
            case "url-rewrite" -> t.urlRewriteConfig().rewrites();
            default -> null;
        };
        if (rewrites == null) {
            return Optional.empty();
        }
        return Optional.of(new RuleTransform(RuleTransform.Type.fromCfn(t.typeAsString()),
                rewrites.stream().map(r -> new RuleTransform.Rewrite(r.regex(), r.replace())).toList()));
    }
}
