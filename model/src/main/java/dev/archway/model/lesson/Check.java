package dev.archway.model.lesson;

import dev.archway.model.Lists;
import java.util.List;
import java.util.Map;

/**
 * One thing a step requires of the design, in the terms the engine already speaks:
 * <ul>
 *   <li>{@code NO_FINDING} / {@code FINDING}: rule {@code subject} (a rule id) does not / does fire, optionally only
 *       on the element named {@code on};</li>
 *   <li>{@code REQUEST}: simulate {@code subject} ({@code "GET https://shop.example.com/cart"}) with
 *       {@code options} ({@code failAz}, {@code header}, {@code sourceIp}, {@code lb}, {@code unhealthy});
 *       every {@code expect} field must equal the simulation's answer;</li>
 *   <li>{@code QUERY}: simulate a database {@code read} or {@code write} ({@code subject}) with {@code options}
 *       ({@code app}, {@code cluster}, {@code using}, {@code failWriter}, {@code failAz});</li>
 *   <li>{@code COUNT}: at least {@code expect.min} elements of kind {@code subject} (an ElementKind name), each
 *       matching the {@code options} (field = value) if any.</li>
 * </ul>
 * {@code failure} is what the student is told when the check does not pass.
 */
public record Check(CheckType type, String subject, String on, Map<String, List<String>> options,
        Map<String, String> expect, String failure) {

    public enum CheckType {
        NO_FINDING, FINDING, REQUEST, QUERY, COUNT
    }

    public Check {
        options = Lists.copy(options);
        expect = Lists.copy(expect);
    }

    public List<String> option(String name) {
        return options.getOrDefault(name, List.of());
    }

    public String firstOption(String name) {
        List<String> values = option(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
