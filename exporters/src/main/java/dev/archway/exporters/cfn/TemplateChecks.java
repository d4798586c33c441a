package dev.archway.exporters.cfn;

import dev.archway.exporters.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What makes a template unusable: no Resources, a resource without Type, a Ref to nothing, a dependency cycle. */
final class TemplateChecks {
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private TemplateChecks() {
    }

    static void check(Map<String, Object> template, Path file) throws InputException {
        Map<String, Object> resources = Cfn.asMap(template.get("Resources"));
        if (resources == null || resources.isEmpty()) {
            throw new InputException(file, null, "not a CloudFormation template: no Resources");
        }
        Set<String> parameters = new LinkedHashSet<>();
        Map<String, Object> params = Cfn.asMap(template.get("Parameters"));
        if (params != null) {
            parameters.addAll(params.keySet());
        }
        Map<String, Set<String>> graph = new HashMap<>();
        for (Map.Entry<String, Object> e : resources.entrySet()) {
            Map<String, Object> resource = Cfn.asMap(e.getValue());
            if (resource == null || !(resource.get("Type") instanceof String)) {
                throw new InputException(file, "Resources." + e.getKey(), "resource has no Type");
            }
            Set<String> targets = referencesOf(resource);
            for (String target : targets) {
                if (!resources.containsKey(target) && !parameters.contains(target) && !target.startsWith("AWS::")) {
                    throw new InputException(file, "Resources." + e.getKey(), "refers to '" + target
                            + "', which is neither a parameter nor a resource");
                }
            }
            targets.retainAll(resources.keySet());
            graph.put(e.getKey(), targets);
        }
        String inCycle = cycle(graph, resources.keySet());
        if (inCycle != null) {
            throw new InputException(file, "Resources." + inCycle, "circular dependency through " + inCycle);
        }
    }

    /** Every name a resource refers to through Ref, Fn::GetAtt, Fn::Sub and DependsOn. */
    static Set<String> referencesOf(Map<String, Object> resource) {
        Set<String> out = new LinkedHashSet<>(Cfn.dependsOnTargets(resource.get("DependsOn")));
        collect(resource.get("Properties"), out);
        collect(resource.get("Metadata"), out);
        return out;
    }

    private static void collect(Object value, Set<String> out) {
        String fn = Cfn.intrinsicName(value);
        if (fn != null) {
            Object arg = Cfn.asMap(value).get(fn);
            if (fn.equals("Ref") && arg instanceof String s) {
                out.add(s);
                return;
            }
            if (fn.equals("Fn::GetAtt")) {
                try {
                    Object first = Intrinsics.getAttParts(arg).get(0);
                    if (first instanceof String s) {
                        out.add(s);
                    }
                } catch (Intrinsics.Unresolved ignored) {
                    // a malformed GetAtt refers to nothing we can name
                }
                return;
            }
            if (fn.equals("Fn::Sub")) {
                subReferences(arg, out);
                return;
            }
        }
        if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        }
    }

    private static void subReferences(Object arg, Set<String> out) {
        String text;
        Map<String, Object> vars = Map.of();
        if (arg instanceof String s) {
            text = s;
        } else if (arg instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String s) {
            text = s;
            vars = Cfn.asMap(l.get(1)) == null ? Map.of() : Cfn.asMap(l.get(1));
            collect(l.get(1), out);
        } else {
            return;
        }
        Matcher m = SUB_VAR.matcher(text);
        while (m.find()) {
            String name = m.group(1).trim();
            int dot = name.indexOf('.');
            String target = dot > 0 && !name.startsWith("AWS::") ? name.substring(0, dot) : name;
            if (!vars.containsKey(name)) {
                out.add(target);
            }
        }
    }

    /** A node on a cycle of {@code graph}, searched from the nodes in {@code order}; null when there is none. */
    static String cycle(Map<String, Set<String>> graph, Set<String> order) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : order) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> stack = new ArrayList<>();
            List<java.util.Iterator<String>> iterators = new ArrayList<>();
            stack.add(start);
            iterators.add(graph.get(start).iterator());
            state.put(start, 1);
            while (!stack.isEmpty()) {
                java.util.Iterator<String> it = iterators.get(iterators.size() - 1);
                if (it.hasNext()) {
                    String next = it.next();
                    Integer s = state.get(next);
                    if (s == null) {
                        state.put(next, 1);
                        stack.add(next);
                        iterators.add(graph.get(next).iterator());
                    } else if (s == 1) {
                        return next;
                    }
                } else {
                    state.put(stack.remove(stack.size() - 1), 2);
                    iterators.remove(iterators.size() - 1);
                }
            }
        }
        return null;
    }
}
