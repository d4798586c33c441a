package dev.archway.model.simulation;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is broken in a simulation: failed AZs (AWS zone names such as {@code eu-west-1a}; a zone fails in every VPC),
 * targets marked unhealthy (target keys: an element id, or {@code serviceId#n} for task n of an ECS service), and
 * whether the Aurora writer has failed. {@code seed} makes multi-request runs reproducible.
 * {@code hostPortIgnored}: match host-header patterns against the host without a {@code :port} suffix (the doc's
 * default, false, matches the Host value as received).
 */
public record SimulationScenario(Set<String> failedZones, Set<String> unhealthyTargets, boolean writerFailed,
        long seed, boolean hostPortIgnored) {

    public static final long DEFAULT_SEED = 20_231_115L;

    public static final SimulationScenario NORMAL = new SimulationScenario(Set.of(), Set.of(), false, DEFAULT_SEED,
            false);

    /** The normal scenario with the targets the design's account reported unhealthy marked so (issue 20). */
    public static SimulationScenario startingFrom(dev.archway.model.Design design) {
        return new SimulationScenario(Set.of(), design.unhealthyTargets(), false, DEFAULT_SEED, false);
    }

    public SimulationScenario {
        failedZones = sortedCopy(failedZones);
        unhealthyTargets = sortedCopy(unhealthyTargets);
    }

    public boolean zoneFailed(String zone) {
        return zone != null && failedZones.contains(zone);
    }

    public boolean markedUnhealthy(String targetKey) {
        return unhealthyTargets.contains(targetKey);
    }

    public SimulationScenario withZoneFailed(String zone, boolean failed) {
        return new SimulationScenario(toggled(failedZones, zone, failed), unhealthyTargets, writerFailed, seed,
                hostPortIgnored);
    }

    public SimulationScenario withUnhealthy(String targetKey, boolean unhealthy) {
        return new SimulationScenario(failedZones, toggled(unhealthyTargets, targetKey, unhealthy), writerFailed, seed,
                hostPortIgnored);
    }

    public SimulationScenario withWriterFailed(boolean failed) {
        return new SimulationScenario(failedZones, unhealthyTargets, failed, seed, hostPortIgnored);
    }

    public SimulationScenario withSeed(long newSeed) {
        return new SimulationScenario(failedZones, unhealthyTargets, writerFailed, newSeed, hostPortIgnored);
    }

    public SimulationScenario withHostPortIgnored(boolean ignored) {
        return new SimulationScenario(failedZones, unhealthyTargets, writerFailed, seed, ignored);
    }

    private static Set<String> toggled(Set<String> set, String value, boolean present) {
        Set<String> copy = new TreeSet<>(set);
        if (present) {
            copy.add(value);
        } else {
            copy.remove(value);
        }
        return copy;
    }

    private static Set<String> sortedCopy(Set<String> set) {
        return set == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(set));
    }
}
