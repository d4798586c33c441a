package dev.archway.model.stacks;

import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Divides a design into nested stacks that each stay within CloudFormation's limits: elements go to the stack
 * {@link StackGroups} names for them, in reference order; a group too big for one stack is cut into numbered
 * chunks ({@code network-1}, {@code network-2}, ...) in name order, never inside a reference cycle. Pure and
 * deterministic: the same design gives the same plan. Elements without resources are in no part.
 */
public final class StackPlanner {
    private final Design design;
    private final StackLimits limits;
    private final CfnReferences references;
    private final Map<String, Integer> resources = new HashMap<>();
    private final Map<String, List<CfnReference>> refsOf = new HashMap<>();
    private final Map<String, List<String>> keysOf = new HashMap<>();
    private final Map<String, String> clusterOf = new HashMap<>();
    private final Map<CfnReference, List<String>> referrers = new HashMap<>();
    private final Map<String, List<CfnReference>> providedBy = new HashMap<>();

    private StackPlanner(Design design, ToIntFunction<Element> resourcesOf, StackLimits limits,
            Function<Element, List<CfnReference>> referencesOf) {
        this.design = design;
        this.limits = limits;
        this.references = new CfnReferences(design, new CfnResourceCount(design));
        for (Element e : design.elements()) {
            int n = resourcesOf.applyAsInt(e);
            if (n > 0) {
                resources.put(e.id(), n);
            }
        }
        for (String id : resources.keySet()) {
            Element e = design.get(id);
            refsOf.put(id, referencesOf.apply(e).stream().filter(r -> resources.containsKey(r.targetId())).toList());
            keysOf.put(id, references.parameterKeys(e));
            refsOf.get(id).stream().filter(CfnReference::isValue).forEach(r -> {
                if (!referrers.containsKey(r)) {
                    providedBy.computeIfAbsent(r.targetId(), k -> new ArrayList<>()).add(r);
                }
                referrers.computeIfAbsent(r, k -> new ArrayList<>()).add(id);
            });
        }
    }

    /** The plan for Archway's CloudFormation export within CloudFormation's limits. */
    public static StackPlan plan(Design design) {
        return plan(design, new CfnResourceCount(design)::resources);
    }

    /** The plan when each element becomes {@code resourcesOf} resources (a CDK app's count, say). */
    public static StackPlan plan(Design design, ToIntFunction<Element> resourcesOf) {
        return plan(design, resourcesOf, StackLimits.CLOUDFORMATION);
    }

    public static StackPlan plan(Design design, ToIntFunction<Element> resourcesOf, StackLimits limits) {
        CfnReferences references = new CfnReferences(design, new CfnResourceCount(design));
        return plan(design, resourcesOf, limits, references::of);
    }

    /**
     * The plan when the references between elements are known better than {@link CfnReferences} predicts them: the
     * exporter reads them from the template it wrote, which includes what kept CloudFormation extras refer to.
     */
    public static StackPlan plan(Design design, ToIntFunction<Element> resourcesOf, StackLimits limits,
            Function<Element, List<CfnReference>> referencesOf) {
        return new StackPlanner(design, resourcesOf, limits, referencesOf).plan();
    }

    private StackPlan plan() {
        List<Chunk> chunks = new ArrayList<>();
        groups().forEach((group, ids) -> {
            Set<String> members = new HashSet<>(ids);
            chunks.addAll(chunk(group, ComponentOrder.of(ids, id -> targetsIn(id, members))));
        });
        while (bisectOneOverLimit(chunks)) {
            // each pass halves one chunk that breaks a limit; parts only shrink, so this ends
        }
        List<Chunk> ordered = mergeCycles(chunks);
        int total = resources.values().stream().mapToInt(Integer::intValue).sum();
        return new StackPlan(parts(ordered), total, breaksLimits(total));
    }

    private boolean breaksLimits(int total) {
        Set<String> keys = new HashSet<>();
        keysOf.values().forEach(keys::addAll);
        int outputs = resources.keySet().stream().mapToInt(id -> CfnResourceCount.outputs(design.get(id))).sum();
        return total > limits.resources() || keys.size() > limits.parameters() || outputs > limits.outputs();
    }

    /** Elements by stack group, groups in stack order, each group's elements by cluster then name. */
    private Map<StackGroups.Group, List<String>> groups() {
        StackGroups groups = new StackGroups(design);
        Map<String, StackGroups.Group> groupOf = new HashMap<>();
        resources.keySet().forEach(id -> groupOf.put(id, groups.of(design.get(id))));
        groupOf.forEach((id, g) -> clusterOf.put(id, g.cluster()));
        Comparator<String> byClusterThenName = Comparator.comparing((String id) -> groupOf.get(id).cluster())
                .thenComparing(id -> design.get(id).name());
        Map<StackGroups.Group, List<String>> out = new TreeMap<>(Comparator.comparingInt(StackGroups.Group::layer)
                .thenComparing(StackGroups.Group::name));
        resources.keySet().stream().sorted(byClusterThenName).forEach(id -> out.computeIfAbsent(
                new StackGroups.Group(groupOf.get(id).layer(), groupOf.get(id).name(), ""), k -> new ArrayList<>())
                .add(id));
        return out;
    }

    private List<String> targetsIn(String id, Set<String> members) {
        return refsOf.get(id).stream().map(CfnReference::targetId).filter(members::contains).distinct().toList();
    }

    /**
     * Fills chunks in order, whole clusters (a VPC's network, a zone's records) where they fit, so that a chunk
     * boundary falls between clusters; a cluster too big for a chunk of its own is cut between components.
     */
    private List<Chunk> chunk(StackGroups.Group group, List<List<String>> components) {
        List<Chunk> out = new ArrayList<>();
        Chunk current = new Chunk(group.name());
        for (List<List<String>> cluster : clusters(components)) {
            List<String> members = cluster.stream().flatMap(List::stream).toList();
            if (!current.components.isEmpty() && !current.accepts(members)) {
                out.add(current);
                current = new Chunk(group.name());
            }
            for (List<String> component : cluster) {
                if (!current.components.isEmpty() && !current.accepts(component)) {
                    out.add(current);
                    current = new Chunk(group.name());
                }
                current.add(component);
            }
        }
        if (!current.components.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Consecutive components of the same cluster. */
    private List<List<List<String>>> clusters(List<List<String>> components) {
        List<List<List<String>>> out = new ArrayList<>();
        String last = null;
        for (List<String> component : components) {
            String cluster = clusterOf.get(component.get(0));
            if (out.isEmpty() || !cluster.equals(last)) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(component);
            last = cluster;
        }
        return out;
    }

    /** The values of an element that other elements take (its Ref, its GroupId, ...). */
    private List<CfnReference> provides(String id) {
        return providedBy.getOrDefault(id, List.of());
    }

    /** Halves the first chunk whose exact parameter or output count is over the limit; false when all fit. */
    private boolean bisectOneOverLimit(List<Chunk> chunks) {
        Measures m = measure(chunks);
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            boolean over = m.parameters(i) > limits.parameters() || m.outputs(i) > limits.outputs();
            if (over && c.components.size() > 1) {
                int half = c.components.size() / 2;
                chunks.set(i, c.slice(0, half));
                chunks.add(i + 1, c.slice(half, c.components.size()));
                return true;
            }
        }
        return false;
    }

    /** Chunks that refer to each other in a circle (possible only through kept extras) become one. */
    private List<Chunk> mergeCycles(List<Chunk> chunks) {
        Measures m = measure(chunks);
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            nodes.add(String.valueOf(i));
        }
        List<Chunk> out = new ArrayList<>();
        for (List<String> cycle : ComponentOrder.of(nodes, n -> m.dependsOn(Integer.parseInt(n)).stream()
                .map(String::valueOf).toList())) {
            List<Integer> members = cycle.stream().map(Integer::parseInt).sorted().toList();
            Chunk merged = chunks.get(members.get(0));
            for (int k = 1; k < members.size(); k++) {
                merged = merged.with(chunks.get(members.get(k)));
            }
            out.add(merged);
        }
        return out;
    }

    private List<StackPart> parts(List<Chunk> chunks) {
        Map<String, Integer> perGroup = new HashMap<>();
        chunks.forEach(c -> perGroup.merge(c.group, 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Chunk c : chunks) {
            int n = seen.merge(c.group, 1, Integer::sum);
            names.add(perGroup.get(c.group) == 1 ? c.group : c.group + "-" + n);
        }
        Measures m = measure(chunks);
        List<StackPart> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> dependsOn = m.dependsOn(i).stream().sorted().map(names::get).toList();
            out.add(new StackPart(names.get(i), chunks.get(i).ids(), chunks.get(i).resources, m.parameters(i),
                    m.outputs(i), dependsOn, new ArrayList<>(m.imports.get(i))));
        }
        return out;
    }

    private Measures measure(List<Chunk> chunks) {
        Map<String, Integer> chunkOf = new HashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            int index = i;
            chunks.get(i).ids().forEach(id -> chunkOf.put(id, index));
        }
        Measures m = new Measures(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            for (String id : chunks.get(i).ids()) {
                m.keys.get(i).addAll(keysOf.get(id));
                m.ownOutputs[i] += CfnResourceCount.outputs(design.get(id));
                for (CfnReference r : refsOf.get(id)) {
                    int target = chunkOf.get(r.targetId());
                    if (target != i) {
                        m.imports.get(i).add(r);
                        m.dependsOn.get(i).add(target);
                        if (r.isValue()) {
                            m.exports.get(target).add(r);
                        }
                    }
                }
            }
        }
        return m;
    }

    /** Exact Parameters, Outputs and dependencies of each chunk, given where every element is. */
    private static final class Measures {
        final List<Set<CfnReference>> imports = new ArrayList<>();
        final List<Set<CfnReference>> exports = new ArrayList<>();
        final List<Set<String>> keys = new ArrayList<>();
        final List<Set<Integer>> dependsOn = new ArrayList<>();
        final int[] ownOutputs;

        Measures(int chunks) {
            ownOutputs = new int[chunks];
            for (int i = 0; i < chunks; i++) {
                imports.add(new LinkedHashSet<>());
                exports.add(new HashSet<>());
                keys.add(new HashSet<>());
                dependsOn.add(new LinkedHashSet<>());
            }
        }

        int parameters(int i) {
            return (int) imports.get(i).stream().filter(CfnReference::isValue).count() + keys.get(i).size();
        }

        int outputs(int i) {
            return exports.get(i).size() + ownOutputs[i];
        }

        Set<Integer> dependsOn(int i) {
            return dependsOn.get(i);
        }
    }

    /** A stack being filled: whole components, their resources, the values they take from outside, parameters. */
    private final class Chunk {
        final String group;
        final List<List<String>> components = new ArrayList<>();
        final Set<String> members = new HashSet<>();
        final Set<CfnReference> imports = new HashSet<>();
        final Set<String> keys = new HashSet<>();
        final Set<CfnReference> exports = new HashSet<>();
        int resources;
        int ownOutputs;

        Chunk(String group) {
            this.group = group;
        }

        boolean accepts(List<String> members) {
            Set<String> component = new HashSet<>(members);
            int more = 0;
            Set<CfnReference> newImports = new HashSet<>();
            Set<String> newKeys = new HashSet<>();
            for (String id : component) {
                more += StackPlanner.this.resources.get(id);
                refsOf.get(id).stream().filter(r -> r.isValue() && !members.contains(r.targetId())
                        && !component.contains(r.targetId()) && !imports.contains(r)).forEach(newImports::add);
                keysOf.get(id).stream().filter(k -> !keys.contains(k)).forEach(newKeys::add);
            }
            int parameters = imports.size() + newImports.size() + keys.size() + newKeys.size();
            int outputs = exports.size() + ownOutputs + newExports(component, members);
            return resources + more <= limits.resources() && parameters <= limits.parameters()
                    && outputs <= limits.outputs();
        }

        /** Values of the component that something outside this chunk (and the component) takes: an upper bound. */
        private int newExports(Set<String> component, List<String> ordered) {
            int n = 0;
            for (String id : ordered) {
                n += CfnResourceCount.outputs(design.get(id));
                for (CfnReference provided : provides(id)) {
                    n += takenOutside(provided, component) ? 1 : 0;
                }
            }
            return n;
        }

        private boolean takenOutside(CfnReference provided, Set<String> also) {
            return referrers.get(provided).stream().anyMatch(r -> !members.contains(r) && !also.contains(r));
        }

        void add(List<String> component) {
            components.add(component);
            members.addAll(component);
            for (String id : component) {
                resources += StackPlanner.this.resources.get(id);
                ownOutputs += CfnResourceCount.outputs(design.get(id));
                refsOf.get(id).stream().filter(r -> r.isValue() && !members.contains(r.targetId()))
                        .forEach(imports::add);
                keys.addAll(keysOf.get(id));
                provides(id).stream().filter(p -> takenOutside(p, Set.of())).forEach(exports::add);
                refsOf.get(id).stream().filter(r -> exports.contains(r) && !takenOutside(r, Set.of()))
                        .forEach(exports::remove);
            }
        }

        List<String> ids() {
            List<String> out = new ArrayList<>();
            components.forEach(out::addAll);
            return out;
        }

        Chunk slice(int from, int to) {
            Chunk out = new Chunk(group);
            components.subList(from, to).forEach(out::add);
            return out;
        }

        Chunk with(Chunk other) {
            Chunk out = slice(0, components.size());
            other.components.forEach(out::add);
            return out;
        }
    }
}
