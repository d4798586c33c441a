package dev.archway.exporters.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What differs between an original template and the one CDK synthesized from its exported app: logical ids,
 * resource types, Conditions and attributes, Properties, Parameters, Conditions, Mappings and Outputs, each after
 * normalising what CloudFormation reads alike. Left out: CDK's own additions (the {@code CDKMetadata} resource, the
 * {@code BootstrapVersion} parameter, the {@code Rules} that check it) and all {@code Metadata} (the layout Archway
 * keeps there, the paths CDK writes). Normalised: scalars compare by their text (numbers by value, a parameter's
 * {@code NoEcho} in any case); an empty {@code Condition}, which names none, is absent; {@code Fn::GetAtt "A.B"} is
 * {@code [A, B]}; {@code DependsOn} is a sorted list (an empty one is absent); nulls and empty {@code Properties}
 * are absent; and what CDK computes at synth time from literals is computed on both sides: {@code Fn::Join} with
 * adjacent literals merged and nested joins of the same delimiter flattened, {@code Fn::Select} and
 * {@code Fn::Split} of literals.
 */
public final class SynthesizedTemplateComparison {
    private static final Set<String> CDK_PARAMETERS = Set.of("BootstrapVersion");
    private static final Set<String> CDK_RESOURCES = Set.of("CDKMetadata");
    private static final List<String> ATTRIBUTES = List.of("Type", "Condition", "DependsOn", "Properties",
            "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy", "CreationPolicy");

    private final List<String> differences = new ArrayList<>();

    private SynthesizedTemplateComparison() {
    }

    /** One line per difference, naming the place; empty when the synthesized template says what the original does. */
    public static List<String> differences(Map<String, Object> original, Map<String, Object> synthesized) {
        SynthesizedTemplateComparison c = new SynthesizedTemplateComparison();
        c.resources(section(original, "Resources"), section(synthesized, "Resources"));
        c.entries("Parameters", without(section(original, "Parameters"), CDK_PARAMETERS),
                without(section(synthesized, "Parameters"), CDK_PARAMETERS));
        for (String name : List.of("Conditions", "Mappings", "Outputs")) {
            c.entries(name, section(original, name), section(synthesized, name));
        }
        return c.differences;
    }

    private void resources(Map<String, Object> original, Map<String, Object> synthesized) {
        Map<String, Object> made = without(synthesized, CDK_RESOURCES);
        sameIds("Resources", original, made);
        original.forEach((id, r) -> {
            if (made.containsKey(id)) {
                for (String attribute : ATTRIBUTES) {
                    same("Resources." + id + "." + attribute, attribute(r, attribute), attribute(made.get(id),
                            attribute));
                }
            }
        });
    }

    private void entries(String section, Map<String, Object> original, Map<String, Object> synthesized) {
        sameIds(section, original, synthesized);
        original.forEach((id, v) -> {
            if (synthesized.containsKey(id)) {
                same(section + "." + id, normal(v), normal(synthesized.get(id)));
            }
        });
    }

    private void sameIds(String section, Map<String, Object> original, Map<String, Object> synthesized) {
        if (!original.keySet().equals(synthesized.keySet())) {
            Set<String> missing = new TreeSet<>(original.keySet());
            missing.removeAll(synthesized.keySet());
            Set<String> added = new TreeSet<>(synthesized.keySet());
            added.removeAll(original.keySet());
            differences.add(section + ": missing " + missing + ", added " + added);
        }
    }

    private void same(String where, Object original, Object synthesized) {
        if (!Objects.equals(original, synthesized)) {
            differences.add(where + ": " + original + " became " + synthesized);
        }
    }

    private static Object attribute(Object resource, String name) {
        Object value = resource instanceof Map<?, ?> m ? m.get(name) : null;
        if (name.equals("Condition") && "".equals(value)) {
            return null;
        }
        if (name.equals("DependsOn") && value != null) {
            List<String> targets = new ArrayList<>();
            (value instanceof List<?> l ? l : List.of(value)).forEach(t -> targets.add(String.valueOf(t)));
            return targets.isEmpty() ? null : new TreeSet<>(targets).stream().toList();
        }
        Object normal = normal(value);
        return name.equals("Properties") && normal instanceof Map<?, ?> p && p.isEmpty() ? null : normal;
    }

    /** The value as CloudFormation reads it, in one form. */
    static Object normal(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (v != null && !("Condition".equals(k) && "".equals(v))) {
                    out.put(String.valueOf(k), "NoEcho".equals(k) ? String.valueOf(v).toLowerCase(Locale.ROOT)
                            : normal(v));
                }
            });
            return out.size() == 1 ? intrinsic(out) : out;
        }
        if (value instanceof List<?> l) {
            return l.stream().filter(Objects::nonNull).map(SynthesizedTemplateComparison::normal).toList();
        }
        if (value instanceof Number n) {
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return value == null ? null : String.valueOf(value);
    }

    private static Object intrinsic(Map<String, Object> m) {
        String fn = m.keySet().iterator().next();
        Object arg = m.get(fn);
        List<?> args = arg instanceof List<?> l ? l : List.of();
        if (fn.equals("Fn::GetAtt") && arg instanceof String dotted && dotted.indexOf('.') > 0) {
            return Map.of(fn, List.of(dotted.substring(0, dotted.indexOf('.')),
                    dotted.substring(dotted.indexOf('.') + 1)));
        }
        if (fn.equals("Fn::Join") && args.size() == 2 && args.get(0) instanceof String d
                && args.get(1) instanceof List<?> items) {
            return join(d, items);
        }
        if (fn.equals("Fn::Select") && args.size() == 2 && args.get(1) instanceof List<?> items
                && args.get(0) instanceof String i && i.matches("\\d+") && Integer.parseInt(i) < items.size()
                && items.stream().allMatch(x -> x instanceof String)) {
            return items.get(Integer.parseInt(i));
        }
        if (fn.equals("Fn::Split") && args.size() == 2 && args.get(0) instanceof String d
                && args.get(1) instanceof String s) {
            return List.of(s.split(java.util.regex.Pattern.quote(d), -1));
        }
        if (fn.equals("Fn::Sub") && !args.isEmpty() && (args.size() == 1
                || args.get(1) instanceof Map<?, ?> vars && vars.isEmpty())) {
            return args.get(0);
        }
        return m;
    }

    /** CDK's minimal join: nested joins of the delimiter flattened, adjacent literals merged, one item for itself. */
    private static Object join(String delimiter, List<?> items) {
        List<Object> flat = new ArrayList<>();
        for (Object item : items) {
            Object nested = item instanceof Map<?, ?> m && m.size() == 1 ? m.get("Fn::Join") : null;
            if (nested instanceof List<?> n && n.size() == 2 && delimiter.equals(n.get(0))
                    && n.get(1) instanceof List<?> inner) {
                flat.addAll(inner);
            } else {
                flat.add(item);
            }
        }
        List<Object> merged = new ArrayList<>();
        for (Object item : flat) {
            int last = merged.size() - 1;
            if (item instanceof String s && last >= 0 && merged.get(last) instanceof String previous) {
                merged.set(last, previous + delimiter + s);
            } else {
                merged.add(item);
            }
        }
        if (merged.size() == 1) {
            return merged.get(0);
        }
        return merged.isEmpty() ? "" : Map.of("Fn::Join", List.of(delimiter, merged));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> template, String name) {
        Object s = template.get(name);
        return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, Object> without(Map<String, Object> section, Set<String> ids) {
        Map<String, Object> out = new LinkedHashMap<>(section);
        ids.forEach(out::remove);
        return out;
    }
}
