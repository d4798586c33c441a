package dev.archway.exporters.assume;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user assumes about a design imported from a template: values of its Parameters, and facts about the
 * elements it takes from outside (by element name: {@code AvailabilityZone}, {@code Public}, {@code CidrBlock},
 * {@code Ingress}, as {@link dev.archway.model.query.ExternalFacts} keys them). {@code file} and {@code placePrefix}
 * say where they came from, for messages: an assumptions file ({@code subnets.}), or the command line.
 */
public record Assumptions(Map<String, String> parameters, Map<String, Map<String, Object>> facts, Path file,
        boolean fromFile) {

    public Assumptions {
        parameters = new LinkedHashMap<>(parameters);
        facts = new LinkedHashMap<>(facts);
    }

    /** Parameter values given on the command line ({@code --param}); {@code file} is the design's. */
    public static Assumptions parameters(Map<String, String> values, Path file) {
        return new Assumptions(values, Map.of(), file, false);
    }

    public boolean isEmpty() {
        return parameters.isEmpty() && facts.isEmpty();
    }

    /** Where a Parameter's value was given: {@code parameters.Env} in a file, {@code --param Env} on the command line. */
    String parameterPlace(String name) {
        return fromFile ? "parameters." + name : "--param " + name;
    }
}
