package dev.archway.account;

import dev.archway.model.Design;
import dev.archway.model.simulation.SimulationScenario;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An imported account: the design (laid out, each element's id the ARN or id it was read from), what could not be
 * read or mapped, where the time went (waiting on the AWS APIs versus the whole import), and the targets the
 * account reported unhealthy (element ids), which {@link #scenario()} turns into the simulation's starting state.
 */
public record AccountResult(Design design, List<String> warnings, Duration apiTime, Duration totalTime,
                            Set<String> unhealthyTargets) {
    public AccountResult {
        warnings = List.copyOf(warnings);
        unhealthyTargets = Set.copyOf(unhealthyTargets);
    }

    public AccountResult(Design design, List<String> warnings, Duration apiTime, Duration totalTime) {
        this(design, warnings, apiTime, totalTime, Set.of());
    }

    /** The simulation as the account stands: every target it reported unhealthy marked so. */
    public SimulationScenario scenario() {
        SimulationScenario s = SimulationScenario.NORMAL;
        for (String target : unhealthyTargets) {
            s = s.withUnhealthy(target, true);
        }
        return s;
    }
}
