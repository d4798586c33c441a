package dev.archway.account;

import dev.archway.model.Design;
import dev.archway.model.diff.Drift;
import dev.archway.model.diff.StackResource;
import dev.archway.model.simulation.SimulationScenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An imported account: the design (laid out, each element's id the ARN or id it was read from, the targets the
 * account reported unhealthy in {@link Design#unhealthyTargets()}), the CloudFormation stack resource each element
 * deployed by CloudFormation was (by element id), what could not be read or mapped, and where the time went (waiting
 * on the AWS APIs versus the whole import).
 */
public record AccountResult(Design design, Map<String, StackResource> deployedBy, List<String> warnings,
        Duration apiTime, Duration totalTime) {
    public AccountResult {
        deployedBy = Map.copyOf(deployedBy);
        warnings = List.copyOf(warnings);
    }

    /** How the design drifted from the account, pairing what CloudFormation deployed by its logical id first. */
    public Drift driftFrom(Design design) {
        return Drift.between(design, this.design, deployedBy);
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
