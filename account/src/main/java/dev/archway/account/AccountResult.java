package dev.archway.account;

import dev.archway.model.Design;
import java.time.Duration;
import java.util.List;

/**
 * An imported account: the design (laid out, each element remembering its ARN or id), what could not be read or
 * mapped, and where the time went (waiting on the AWS APIs versus the whole import).
 */
public record AccountResult(Design design, List<String> warnings, Duration apiTime, Duration totalTime) {
    public AccountResult {
        warnings = List.copyOf(warnings);
    }
}
