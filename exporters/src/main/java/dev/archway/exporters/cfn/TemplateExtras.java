package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.List;
import java.util.Map;

/**
 * The parts of an imported template that belong to no element (its own Parameters, Mappings, Conditions, Rules,
 * Outputs, Transform, Description, Metadata). The design keeps them in the CloudFormation extras of one element, its
 * carrier, under {@link #KEY} (design files keep extras per element only); export writes them back, so that the
 * kept resources still find what they refer to.
 */
public final class TemplateExtras {
    public static final String KEY = "Archway::Template";
    /** Under {@link #KEY}: what is assumed ({@code Parameters}: the values given); export does not write it. */
    public static final String ASSUMED = "Archway::Assumed";

    private TemplateExtras() {
    }

    /** The kept template sections, empty when the design has none. */
    public static Map<String, Object> of(Design design) {
        String carrier = carrier(design);
        return carrier == null ? Map.of() : Cfn.asMap(design.cfnExtras(carrier).get(KEY));
    }

    /**
     * Whether the design keeps what its template said symbolically: template sections other than its Description
     * and Metadata (Parameters, Mappings, Conditions, Rules, Outputs, Transform), an element from outside the
     * template, a property read as an expression other than a reference between the template's resources, or an AZ
     * slot (a zone the template takes from {@code Fn::GetAZs}).
     */
    public static boolean keepsExpressions(Design design) {
        Map<String, Object> kept = of(design);
        if (List.of("Parameters", "Mappings", "Conditions", "Rules", "Outputs", "Transform").stream()
                .anyMatch(kept::containsKey)) {
            return true;
        }
        return design.allCfnExtras().values().stream().anyMatch(extras -> extras.containsKey(CfnResourceCount.EXTERNAL)
                || readsExpression(extras.get(SourceValues.KEY), false))
                || design.all(dev.archway.model.network.AvailabilityZone.class).stream()
                        .anyMatch(az -> dev.archway.model.network.ZoneSlot.isSlot(az.zone()));
    }

    private static boolean readsExpression(Object value, boolean read) {
        String intrinsic = Cfn.intrinsicName(value);
        if (read && intrinsic != null && !intrinsic.equals("Fn::GetAtt")
                && !(intrinsic.equals("Ref") && !String.valueOf(Cfn.asMap(value).get("Ref")).startsWith("AWS::"))) {
            return true;
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .anyMatch(e -> readsExpression(e.getValue(), read || "Read".equals(e.getKey())));
        }
        return value instanceof List<?> l && l.stream().anyMatch(v -> readsExpression(v, read));
    }

    /** The Parameter values assumed (not the defaults), by name. */
    public static Map<String, String> assumedValues(Design design) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Map<String, Object> assumed = Cfn.asMap(of(design).get(ASSUMED));
        Map<String, Object> values = assumed == null ? null : Cfn.asMap(assumed.get("Parameters"));
        if (values != null) {
            values.forEach((k, v) -> out.put(k, String.valueOf(v)));
        }
        return out;
    }

    /** The id of the element that carries them, or null. */
    public static String carrier(Design design) {
        for (Map.Entry<String, Map<String, Object>> e : design.allCfnExtras().entrySet()) {
            if (Cfn.asMap(e.getValue().get(KEY)) != null) {
                return e.getKey();
            }
        }
        return null;
    }
}
