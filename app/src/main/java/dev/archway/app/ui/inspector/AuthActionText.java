package dev.archway.app.ui.inspector;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An authenticate action as one line: {@code authenticate-oidc: Issuer=https://idp.example.com, ClientId=app} or
 * {@code authenticate-cognito: UserPoolArn=arn:..., UserPoolClientId=abc, UserPoolDomain=login}. Keys are the
 * CloudFormation property names of {@code AuthenticateOidcConfig}/{@code AuthenticateCognitoConfig}; a nested map
 * (such as {@code AuthenticationRequestExtraParams}, or an intrinsic function) is written with dotted keys. In a
 * value, {@code \,} {@code \;} and {@code \\} stand for the characters that otherwise separate.
 */
final class AuthActionText {
    static final String OIDC = "authenticate-oidc";
    static final String COGNITO = "authenticate-cognito";
    private static final Map<ActionType, List<String>> REQUIRED = Map.of(
            ActionType.AUTHENTICATE_OIDC, List.of("Issuer", "AuthorizationEndpoint", "TokenEndpoint",
                    "UserInfoEndpoint", "ClientId"),
            ActionType.AUTHENTICATE_COGNITO, List.of("UserPoolArn", "UserPoolClientId", "UserPoolDomain"));

    private AuthActionText() {
    }

    static boolean isAuthentication(ActionType type) {
        return REQUIRED.containsKey(type);
    }

    static String format(Action a) {
        List<String> pairs = new ArrayList<>();
        flatten("", a.config(), pairs);
        return (a.type() == ActionType.AUTHENTICATE_OIDC ? OIDC : COGNITO) + ": " + String.join(", ", pairs);
    }

    private static void flatten(String prefix, Map<String, Object> map, List<String> pairs) {
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                flatten(prefix + key + ".", inner, pairs);
            } else {
                pairs.add(prefix + key + "=" + escape(String.valueOf(value)));
            }
        });
    }

    /** Parses the text after {@code authenticate-oidc:} or {@code authenticate-cognito:}. */
    static Action parse(String kind, String rest) {
        ActionType type = kind.equals(OIDC) ? ActionType.AUTHENTICATE_OIDC : ActionType.AUTHENTICATE_COGNITO;
        Map<String, Object> config = new LinkedHashMap<>();
        for (String pair : split(rest, ',')) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(kind + " takes Key=value pairs, not '" + pair.trim() + "'");
            }
            put(config, pair.substring(0, eq).trim(), unescape(pair.substring(eq + 1).trim()));
        }
        List<String> missing = REQUIRED.get(type).stream().filter(k -> !config.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs " + String.join(", ", missing));
        }
        return new Action(type, null, List.of(), null, null, null, null, config);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> config, String dottedKey, String value) {
        String[] path = dottedKey.split("\\.");
        Map<String, Object> map = config;
        for (int i = 0; i < path.length - 1; i++) {
            Object inner = map.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
            if (!(inner instanceof Map)) {
                throw new IllegalArgumentException(path[i] + " is both a value and a group");
            }
            map = (Map<String, Object>) inner;
        }
        map.put(path[path.length - 1], value);
    }

    /** Splits at {@code separator} where it is not escaped; escapes are kept for {@link #unescape}. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;");
    }

    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }
}
