package dev.archway.model.lb;

public enum ActionType {
    FORWARD, REDIRECT, FIXED_RESPONSE, AUTHENTICATE_OIDC, AUTHENTICATE_COGNITO;

    public boolean isTerminal() {
        return this == FORWARD || this == REDIRECT || this == FIXED_RESPONSE;
    }
}
