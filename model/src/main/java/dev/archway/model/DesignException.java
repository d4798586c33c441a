package dev.archway.model;

/** A design that breaks the model's invariants (a duplicate name, a reference to nothing). */
public class DesignException extends RuntimeException {
    public DesignException(String message) {
        super(message);
    }
}
