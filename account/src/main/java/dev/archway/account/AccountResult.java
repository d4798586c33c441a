package dev.archway.account;

import dev.archway.model.Design;
import dev.archway.model.simulation.SimulationScenario;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An imported account: the design (laid out, each element's id the ARN or id it was read from, the targets the
 * account reported unhealthy in {@link Design#unhealthyTargets()}), what could not be read or mapped, and where the
 * time went (waiting on the AWS APIs versus the whole import).
 */
public record AccountResult(Design design, List<String> warnings, Duration apiTime, Duration totalTime) {
    public AccountResult {
        warnings = List.copyOf(warnings);
    }

    /** The element ids of the targets the account reported unhealthy. */
    public Set<String> unhealthyTargets() {
        return design.unhealthyTargets();
    }

    /** The simulation as the account stands: every target it reported unhealthy marked so. */
    public SimulationScenario scenario() {
        return SimulationScenario.startingFrom(design);
    }
}
