package dev.archway.app.ui.inspector;

import dev.archway.model.Design;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Listener-rule conditions and actions as one line of text each, so a table cell can show and edit them:
 * {@code host-header: a.example.com, b.example.com; path-pattern: /api/*} and {@code forward: web=80, canary=20},
 * {@code redirect: HTTPS:443 301}, {@code fixed-response: 404}, an authenticate action before the final one
 * ({@code authenticate-oidc: Issuer=..., ...; forward: web}, see {@link AuthActionText}).
 * Parsing throws IllegalArgumentException with the message the cell shows.
 */
public final class RuleText {
    private RuleText() {
    }

    public static String conditions(List<RuleCondition> conditions) {
        return conditions.stream().map(RuleText::condition).collect(Collectors.joining("; "));
    }

    private static String condition(RuleCondition c) {
        String field = c.field().awsName() + (c.headerName() == null ? "" : "[" + c.headerName() + "]");
        List<String> values = c.field() == ConditionField.QUERY_STRING
                ? c.queryValues().stream().map(q -> (q.key() == null ? "" : q.key() + "=") + q.value()).toList()
                : c.values();
        return field + ": " + String.join(", ", values);
    }

    public static List<RuleCondition> parseConditions(String text) {
        List<RuleCondition> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("write field: values, e.g. host-header: example.com");
            }
            String field = part.substring(0, colon).trim();
            String header = null;
            if (field.contains("[") && field.endsWith("]")) {
                header = field.substring(field.indexOf('[') + 1, field.length() - 1);
                field = field.substring(0, field.indexOf('['));
            }
            ConditionField f = ConditionField.fromAwsName(field);
            List<String> values = Arrays.stream(part.substring(colon + 1).split(",")).map(String::trim)
                    .filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                throw new IllegalArgumentException(field + " needs at least one value");
            }
            if (f == ConditionField.QUERY_STRING) {
                List<QueryPair> pairs = values.stream().map(v -> v.contains("=")
                        ? new QueryPair(v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1))
                        : new QueryPair(null, v)).toList();
                out.add(new RuleCondition(f, null, List.of(), pairs, List.of()));
            } else {
                out.add(new RuleCondition(f, header, values, List.of(), List.of()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one condition");
        }
        return out;
    }

    public static String actions(Design design, List<Action> actions) {
        return actions.stream().map(a -> action(design, a)).collect(Collectors.joining("; "));
    }

    private static String action(Design design, Action a) {
        if (a.type() == ActionType.FORWARD) {
            return "forward: " + a.forward().stream().map(w -> design.nameOf(w.targetGroupId())
                    + (w.weight() == null ? "" : "=" + w.weight())).collect(Collectors.joining(", "));
        }
        if (a.type() == ActionType.REDIRECT && a.redirect() != null) {
            RedirectConfig r = a.redirect();
            return "redirect: " + r.protocol() + ":" + r.port() + " " + r.statusCode().replace("HTTP_", "");
        }
        if (a.type() == ActionType.FIXED_RESPONSE && a.fixedResponse() != null) {
            return "fixed-response: " + a.fixedResponse().statusCode();
        }
        if (AuthActionText.isAuthentication(a.type())) {
            return AuthActionText.format(a);
        }
        return a.type().name().toLowerCase();
    }

    /** Actions separated by {@code ;}; when there are several, their order is the order written. */
    public static List<Action> parseActions(Design design, String text) {
        List<Action> actions = new ArrayList<>();
        for (String part : AuthActionText.split(text, ';')) {
            if (!part.isBlank() || actions.isEmpty()) {
                actions.add(parseAction(design, part));
            }
        }
        if (actions.size() == 1) {
            return actions;
        }
        List<Action> ordered = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            ordered.add(new Action(a.type(), i + 1, a.forward(), a.stickiness(), a.stickinessSeconds(), a.redirect(),
                    a.fixedResponse(), a.config()));
        }
        return ordered;
    }

    private static Action parseAction(Design design, String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon).trim();
        String rest = colon < 0 ? "" : t.substring(colon + 1).trim();
        if (kind.equals("forward")) {
            List<WeightedTargetGroup> groups = new ArrayList<>();
            for (String g : rest.split(",")) {
                String[] nw = g.trim().split("=");
                TargetGroup tg = design.byName(nw[0].trim()).filter(TargetGroup.class::isInstance)
                        .map(TargetGroup.class::cast)
                        .orElseThrow(() -> new IllegalArgumentException("no target group named '" + nw[0].trim() + "'"));
                groups.add(new WeightedTargetGroup(tg.id(), nw.length > 1 ? weight(nw[1]) : null));
            }
            return groups.size() == 1 && groups.get(0).weight() == null
                    ? Action.forward(groups.get(0).targetGroupId()) : Action.forwardWeighted(groups);
        }
        if (kind.equals("redirect")) {
            String[] parts = rest.split("\\s+");
            String[] protoPort = parts[0].split(":");
            String code = parts.length > 1 ? "HTTP_" + parts[1] : "HTTP_301";
            if (!code.equals("HTTP_301") && !code.equals("HTTP_302")) {
                throw new IllegalArgumentException("a redirect is 301 or 302");
            }
            return Action.redirect(new RedirectConfig(protoPort[0].toUpperCase(), "#{host}",
                    protoPort.length > 1 ? protoPort[1] : "#{port}", "/#{path}", "#{query}", code));
        }
        if (kind.equals("fixed-response")) {
            if (!rest.matches("[2-5]\\d\\d")) {
                throw new IllegalArgumentException("a fixed response needs a status code 200-599");
            }
            return Action.fixedResponse(rest, "text/plain", "");
        }
        if (kind.equals(AuthActionText.OIDC) || kind.equals(AuthActionText.COGNITO)) {
            return AuthActionText.parse(kind, rest);
        }
        throw new IllegalArgumentException("write forward: GROUP, redirect: HTTPS:443 301, fixed-response: 404 or "
                + "authenticate-oidc: Issuer=URL, ... before one of them");
    }

    private static int weight(String text) {
        try {
            int w = Integer.parseInt(text.trim());
            if (w < 0 || w > 999) {
                throw new IllegalArgumentException("a weight is 0 to 999");
            }
            return w;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a weight is a number 0 to 999");
        }
    }
}
