package dev.archway.model.lesson;

import dev.archway.model.Lists;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing a step requires of the design, in the terms the engine already speaks:
 * <ul>
 *   <li>{@code NO_FINDING} / {@code FINDING}: rule {@code subject} (a rule id) does not / does fire, optionally only
 *       on the element named {@code on};</li>
 *   <li>{@code REQUEST}: simulate {@code subject} ({@code "GET https://shop.example.com/cart"}) with
 *       {@code options} ({@code failAz}, {@code header}, {@code sourceIp}, {@code lb}, {@code unhealthy},
 *       {@code requests}, {@code tolerance}); every {@code expect} field ({@link #REQUEST_FIELDS}) must equal the
 *       simulation's answer;</li>
 *   <li>{@code QUERY}: simulate a database {@code read} or {@code write} ({@code subject}) with {@code options}
 *       ({@code app}, {@code cluster}, {@code using}, {@code failWriter}, {@code failAz}, {@code requests},
 *       {@code tolerance}); fields {@link #QUERY_FIELDS};</li>
 *   <li>{@code COUNT}: at least {@code expect.min} elements of kind {@code subject} (an ElementKind name), each
 *       matching the {@code options} (field = value) if any.</li>
 * </ul>
 * A request or query check may also expect {@code share.NAME: 25%}: the share of {@code requests} simulated clients
 * that reached the target, instance or AZ named NAME, or ended with the outcome NAME, within {@code tolerance}
 * percentage points (default 2). {@code failure} is what the student is told when the check does not pass.
 */
public record Check(CheckType type, String subject, String on, Map<String, List<String>> options,
        Map<String, String> expect, String failure) {

    /** The answer fields a request check may expect, besides {@code share.NAME}. */
    public static final Set<String> REQUEST_FIELDS = Set.of("outcome", "statusCode", "location", "loadBalancer",
            "listener", "rule", "targetGroup", "target", "availabilityZone", "certificate", "certificateCovers",
            "nodeZone", "nodeAddress", "targetProtocol", "forwardedProto", "forwardedPort", "targetSourceIp",
            "targetSourceIs", "tls", "forwardedHost", "targetPath", "forwardedFor", "proxyProtocolV2");

    /** The answer fields a query check may expect, besides {@code share.NAME}. */
    public static final Set<String> QUERY_FIELDS = Set.of("outcome", "endpoint", "instance", "availabilityZone",
            "alias", "role", "writeAccepted", "promoted");

    /** {@code share.NAME}: an expected share of the simulated clients, written as a percentage. */
    public static final String SHARE_PREFIX = "share.";

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
