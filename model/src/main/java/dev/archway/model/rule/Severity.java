package dev.archway.model.rule;

import java.util.Locale;

/** How bad a finding is. {@code ERROR}: AWS rejects it or traffic cannot flow; {@code WARNING}: security or availability practice. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Is this at least as severe as {@code threshold}? */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** {@code error}, {@code warning}, {@code info}: how the CLI and the outputs spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
