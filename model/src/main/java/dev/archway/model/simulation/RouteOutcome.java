package dev.archway.model.simulation;

/** How a simulated request ends; {@link #label()} is the word scripts see in JSON. */
public enum RouteOutcome {
    FORWARDED("forwarded"), REDIRECTED("redirected"), FIXED_RESPONSE("fixed-response"), UNAVAILABLE("unavailable"),
    BLOCKED("blocked"), NO_LISTENER("no-listener");

    private final String label;

    RouteOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
