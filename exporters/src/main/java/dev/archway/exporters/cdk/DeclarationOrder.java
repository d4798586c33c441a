package dev.archway.exporters.cdk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The order in which a template section's entries become variables: each after the entries it refers to (a
 * condition after the conditions it names, a resource after those it references or depends on), otherwise in the
 * template's order. A cycle, which CloudFormation rejects anyway, is broken at its first entry; the generated code
 * then names the later entry by its logical id.
 */
final class DeclarationOrder {
    private DeclarationOrder() {
    }

    static List<String> of(Map<String, Object> section, Function<Object, Set<String>> referencesOf) {
        List<String> remaining = new ArrayList<>(section.keySet());
        Map<String, List<String>> needs = new java.util.HashMap<>();
        remaining.forEach(name -> needs.put(name, referencesOf.apply(section.get(name)).stream()
                .filter(r -> section.containsKey(r) && !r.equals(name)).toList()));
        Set<String> placed = new LinkedHashSet<>();
        while (!remaining.isEmpty()) {
            String next = remaining.stream().filter(name -> placed.containsAll(needs.get(name)))
                    .findFirst().orElse(remaining.get(0));
            placed.add(next);
            remaining.remove(next);
        }
        return new ArrayList<>(placed);
    }

    /** The conditions a condition names ({@code {"Condition": name}}). */
    static Set<String> conditionsNamed(Object value) {
        Set<String> out = new LinkedHashSet<>();
        collect(value, "Condition", out);
        return out;
    }

    /** The logical ids a resource references ({@code Ref}, {@code Fn::GetAtt}) or depends on. */
    static Set<String> resourcesNamed(Object resource) {
        Set<String> out = new LinkedHashSet<>();
        collect(resource, "Ref", out);
        collect(resource, "Fn::GetAtt", out);
        if (resource instanceof Map<?, ?> m) {
            Object dependsOn = m.get("DependsOn");
            if (dependsOn instanceof List<?> l) {
                l.forEach(d -> out.add(String.valueOf(d)));
            } else if (dependsOn != null) {
                out.add(String.valueOf(dependsOn));
            }
        }
        return out;
    }

    private static void collect(Object value, String function, Set<String> out) {
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.containsKey(function)) {
                Object arg = m.get(function);
                if (arg instanceof String s) {
                    out.add(function.equals("Fn::GetAtt") && s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
                } else if (arg instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String s) {
                    out.add(s);
                }
            }
            m.values().forEach(v -> collect(v, function, out));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, function, out));
        }
    }
}
