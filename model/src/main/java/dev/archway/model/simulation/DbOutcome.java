package dev.archway.model.simulation;

/** How a simulated database connection ends; {@link #label()} is the JSON word. */
public enum DbOutcome {
    CONNECTED("connected"), UNAVAILABLE("unavailable");

    private final String label;

    DbOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
