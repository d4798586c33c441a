package dev.archway.model.query;

import dev.archway.model.Element;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.Map;

/**
 * What the design knows about an element taken from outside its template (an external element: its extras hold
 * {@link #EXTERNAL}). Import places such an element with placeholder facts so that it can be drawn and simulated;
 * only the facts the user gave as assumptions, kept under {@link #GIVEN}, count as known to the rules.
 */
public final class ExternalFacts {
    /** The extras key marking an external element (also read by nested-stack planning and export). */
    public static final String EXTERNAL = "Archway::External";
    /** Under {@link #EXTERNAL}: the facts given as assumptions, by fact key. */
    public static final String GIVEN = "Given";
    public static final String ZONE = "AvailabilityZone";
    public static final String PUBLIC = "Public";
    public static final String CIDR = "CidrBlock";
    public static final String INGRESS = "Ingress";

    private ExternalFacts() {
    }

    public static boolean isExternal(Map<String, Object> extras) {
        return extras.containsKey(EXTERNAL);
    }

    /** The given facts of an external element (empty when none); null when the element is not external. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> given(Map<String, Object> extras) {
        Object mark = extras.get(EXTERNAL);
        if (!(mark instanceof Map<?, ?> m)) {
            return null;
        }
        Object given = m.get(GIVEN);
        return given instanceof Map<?, ?> g ? (Map<String, Object>) g : Map.of();
    }

    /** The assumption that names a fact of an element: {@code subnets.Subnet1.az}. */
    public static String assumption(Element e, String fact) {
        String section = e instanceof Subnet ? "subnets" : e instanceof SecurityGroup ? "securityGroups"
                : e instanceof Vpc ? "vpcs" : "elements";
        return section + "." + e.name() + "." + fileKey(fact);
    }

    /** How the assumptions file spells a fact: {@code az}, {@code public}, {@code cidr}, {@code ingress}. */
    public static String fileKey(String fact) {
        return switch (fact) {
            case ZONE -> "az";
            case PUBLIC -> "public";
            case CIDR -> "cidr";
            case INGRESS -> "ingress";
            default -> fact;
        };
    }
}
