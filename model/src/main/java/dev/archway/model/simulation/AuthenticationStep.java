package dev.archway.model.simulation;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;

/**
 * An {@code authenticate-oidc} or {@code authenticate-cognito} action before the terminal one (doc §1.4). A client
 * that sends the ALB's session cookie ({@code AWSELBAuthSessionCookie-*}) is signed in and passes; otherwise
 * {@code OnUnauthenticatedRequest} decides: {@code authenticate} (default) redirects to the identity provider,
 * {@code deny} answers 401, {@code allow} lets the request through.
 */
final class AuthenticationStep {
    static final String SESSION_COOKIE = "awselbauthsessioncookie";

    private AuthenticationStep() {
    }

    /** What the action does to the request: null to continue, or the answer it gives. */
    record Answer(RouteOutcome outcome, int status, String location, String reason) {
    }

    static Answer apply(Action action, SimRequest request) {
        String type = action.type() == ActionType.AUTHENTICATE_OIDC ? "authenticate-oidc" : "authenticate-cognito";
        if (signedIn(request)) {
            return null;
        }
        String onUnauthenticated = String.valueOf(action.config().getOrDefault("OnUnauthenticatedRequest",
                "authenticate")).toLowerCase();
        if (onUnauthenticated.equals("allow")) {
            return null;
        }
        if (onUnauthenticated.equals("deny")) {
            return new Answer(RouteOutcome.BLOCKED, 401, null, type + ": no session cookie and "
                    + "OnUnauthenticatedRequest is deny: HTTP 401");
        }
        String location = loginPage(action);
        return new Answer(RouteOutcome.REDIRECTED, 302, location, type + ": no session cookie, so the ALB redirects "
                + "the client to the identity provider" + (location == null ? "" : " at " + location)
                + " (send a Cookie: AWSELBAuthSessionCookie-0=... header to simulate a signed-in user)");
    }

    private static boolean signedIn(SimRequest request) {
        String[] cookies = request.header("cookie");
        if (cookies == null) {
            return false;
        }
        for (String c : cookies) {
            if (c.contains(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }

    private static String loginPage(Action action) {
        Object endpoint = action.config().get("AuthorizationEndpoint");
        if (endpoint != null) {
            return endpoint.toString();
        }
        Object domain = action.config().get("UserPoolDomain");
        return domain == null ? null : "https://" + domain + "/oauth2/authorize";
    }
}
