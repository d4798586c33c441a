package dev.archway.account;

/**
 * An import that could not happen at all: no credentials, no region, the endpoint unreachable, cancelled. The
 * message is one line for the user and never contains a secret.
 */
public final class AccountException extends Exception {
    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }

    public AccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
