package dev.archway.model.stacks;

import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Divides a design into nested stacks that each stay within CloudFormation's limits: elements go to the stack
 * {@link StackGroups} names for them, in reference order; a group too big for one stack is cut into numbered
 * chunks ({@code network-1}, {@code network-2}, ...) in name order, between clusters (a VPC's network, a zone's
 * records) where it can and never inside a reference cycle. Pure and deterministic: the same design gives the same
 * plan. Elements without resources are in no part.
 */
public final class StackPlanner {
    private final Design design;
    private final StackLimits limits;
    private final PlanGraph graph;
    private final String[] group;
    private final String[] cluster;
    private final int[] layer;

    private StackPlanner(Design design, ToIntFunction<Element> resourcesOf, StackLimits limits,
            Function<Element, List<CfnReference>> referencesOf, CfnReferences references) {
        this.design = design;
        this.limits = limits;
        this.graph = new PlanGraph(design, resourcesOf, referencesOf, references::parameterKeys);
        StackGroups groups = new StackGroups(design);
        group = new String[graph.size()];
        cluster = new String[graph.size()];
        layer = new int[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            StackGroups.Group g = groups.of(design.get(graph.ids[i]));
            group[i] = g.name();
            cluster[i] = g.cluster();
            layer[i] = g.layer();
        }
    }

    /** The plan for Archway's CloudFormation export within CloudFormation's limits. */
    public static NestedStackPlan plan(Design design) {
        return plan(design, new CfnResourceCount(design));
    }

    /** The plan for Archway's CloudFormation export, with the counts already made for the design. */
    public static NestedStackPlan plan(Design design, CfnResourceCount counts) {
        CfnReferences references = new CfnReferences(design, counts);
        return new StackPlanner(design, counts::resources, StackLimits.CLOUDFORMATION, references::of, references)
                .plan();
    }

    /** The plan when each element becomes {@code resourcesOf} resources (a CDK app's count, say). */
    public static NestedStackPlan plan(Design design, ToIntFunction<Element> resourcesOf) {
        return plan(design, resourcesOf, StackLimits.CLOUDFORMATION);
    }

    public static NestedStackPlan plan(Design design, ToIntFunction<Element> resourcesOf, StackLimits limits) {
        CfnReferences references = new CfnReferences(design, new CfnResourceCount(design));
        return new StackPlanner(design, resourcesOf, limits, references::of, references).plan();
    }

    /**
     * The plan when the references between elements are known better than {@link CfnReferences} predicts them: the
     * exporter reads them from the template it wrote, which includes what kept CloudFormation extras refer to.
     */
    public static NestedStackPlan plan(Design design, ToIntFunction<Element> resourcesOf, StackLimits limits,
            Function<Element, List<CfnReference>> referencesOf) {
        CfnReferences references = new CfnReferences(design, new CfnResourceCount(design));
        return new StackPlanner(design, resourcesOf, limits, referencesOf, references).plan();
    }

    private NestedStackPlan plan() {
        Map<String, int[]> groups = groups();
        int[] order = groups.values().stream().flatMapToInt(java.util.Arrays::stream).toArray();
        List<int[]> components = ComponentOrder.of(order, withinGroups());
        List<List<int[]>> chunks = new ArrayList<>();
        List<String> chunkGroups = new ArrayList<>();
        ChunkFiller filler = new ChunkFiller(graph, limits);
        int start = 0;
        while (start < components.size()) {
            String name = group[components.get(start)[0]];
            int end = start;
            while (end < components.size() && group[components.get(end)[0]].equals(name)) {
                end++;
            }
            List<List<int[]>> filled = fill(filler, components.subList(start, end));
            chunks.addAll(filled);
            filled.forEach(c -> chunkGroups.add(name));
            start = end;
        }
        PlanMeasures m = new PlanMeasures(graph, chunks);
        while (bisectOneOverLimit(chunks, chunkGroups, m)) {
            m = new PlanMeasures(graph, chunks);
        }
        if (mergeCycles(chunks, chunkGroups, m)) {
            m = new PlanMeasures(graph, chunks);
        }
        int total = 0;
        for (int r : graph.resources) {
            total += r;
        }
        int outputs = 0;
        for (int o : graph.ownOutputs) {
            outputs += o;
        }
        return new NestedStackPlan(parts(chunks, chunkGroups, m), total, graph.parameterCount, outputs,
                !limits.admit(total, graph.parameterCount, outputs));
    }

    /** Nodes by stack group, groups in stack order, each group's nodes by cluster then name. */
    private Map<String, int[]> groups() {
        Integer[] order = new Integer[graph.size()];
        String[] names = new String[graph.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            names[i] = design.get(graph.ids[i]).name();
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> layer[i]).thenComparing(i -> group[i])
                .thenComparing(i -> cluster[i]).thenComparing(i -> names[i]));
        Map<String, List<Integer>> lists = new java.util.LinkedHashMap<>();
        for (int i : order) {
            lists.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new java.util.LinkedHashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** The references within each group (references to other groups point to earlier stacks). */
    private int[][] withinGroups() {
        int[][] edges = new int[graph.size()][];
        for (int n = 0; n < edges.length; n++) {
            int[] within = new int[graph.targets[n].length];
            int size = 0;
            for (int t : graph.targets[n]) {
                if (group[t].equals(group[n])) {
                    within[size++] = t;
                }
            }
            edges[n] = java.util.Arrays.copyOf(within, size);
        }
        return edges;
    }

    /**
     * Fills chunks in order, whole clusters (a VPC's network, a zone's records) where they fit, so that a chunk
     * boundary falls between clusters; a cluster too big for a chunk of its own is cut between components.
     */
    private List<List<int[]>> fill(ChunkFiller filler, List<int[]> components) {
        int start = 0;
        while (start < components.size()) {
            int end = start;
            String c = cluster[components.get(start)[0]];
            while (end < components.size() && cluster[components.get(end)[0]].equals(c)) {
                end++;
            }
            List<int[]> run = components.subList(start, end);
            if (!filler.isEmpty() && !filler.accepts(flatten(run))) {
                filler.close();
            }
            for (int[] component : run) {
                if (!filler.isEmpty() && !filler.accepts(component)) {
                    filler.close();
                }
                filler.add(component);
            }
            start = end;
        }
        return filler.closeGroup();
    }

    private static int[] flatten(List<int[]> components) {
        return components.stream().flatMapToInt(java.util.Arrays::stream).toArray();
    }

    /** Halves the first chunk whose exact parameter or output count is over the limit; false when all fit. */
    private boolean bisectOneOverLimit(List<List<int[]>> chunks, List<String> groups, PlanMeasures m) {
        for (int i = 0; i < chunks.size(); i++) {
            List<int[]> c = chunks.get(i);
            if (!m.fits(i, limits) && c.size() > 1) {
                int half = c.size() / 2;
                chunks.set(i, new ArrayList<>(c.subList(0, half)));
                chunks.add(i + 1, new ArrayList<>(c.subList(half, c.size())));
                groups.add(i + 1, groups.get(i));
                return true;
            }
        }
        return false;
    }

    /**
     * Puts chunks in dependency order and merges chunks that refer to each other in a circle (possible only through
     * kept extras); true when anything changed.
     */
    private boolean mergeCycles(List<List<int[]>> chunks, List<String> groups, PlanMeasures m) {
        int[] order = new int[chunks.size()];
        int[][] edges = new int[chunks.size()][];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            edges[i] = m.dependsOn.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        List<int[]> cycles = ComponentOrder.of(order, edges);
        boolean unchanged = true;
        for (int i = 0; i < cycles.size(); i++) {
            unchanged &= cycles.get(i).length == 1 && cycles.get(i)[0] == i;
        }
        if (unchanged) {
            return false;
        }
        List<List<int[]>> merged = new ArrayList<>();
        List<String> mergedGroups = new ArrayList<>();
        for (int[] cycle : cycles) {
            int[] members = java.util.Arrays.stream(cycle).sorted().toArray();
            List<int[]> chunk = new ArrayList<>();
            for (int member : members) {
                chunk.addAll(chunks.get(member));
            }
            merged.add(chunk);
            mergedGroups.add(groups.get(members[0]));
        }
        chunks.clear();
        chunks.addAll(merged);
        groups.clear();
        groups.addAll(mergedGroups);
        return true;
    }

    private List<StackPart> parts(List<List<int[]>> chunks, List<String> groups, PlanMeasures m) {
        Map<String, Integer> perGroup = new HashMap<>();
        groups.forEach(g -> perGroup.merge(g, 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String g : groups) {
            int n = seen.merge(g, 1, Integer::sum);
            names.add(perGroup.get(g) == 1 ? g : g + "-" + n);
        }
        int[] partOf = new int[graph.size()];
        for (int i = 0; i < chunks.size(); i++) {
            for (int[] component : chunks.get(i)) {
                for (int node : component) {
                    partOf[node] = i;
                }
            }
        }
        int[] keySeen = new int[graph.keyTarget.length];
        int[] dependsOnSeen = new int[graph.size()];
        java.util.Arrays.fill(keySeen, -1);
        java.util.Arrays.fill(dependsOnSeen, -1);
        List<StackPart> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> ids = new ArrayList<>();
            List<CfnReference> imports = new ArrayList<>();
            int resources = 0;
            for (int[] component : chunks.get(i)) {
                for (int node : component) {
                    ids.add(graph.ids[node]);
                    resources += graph.resources[node];
                    List<CfnReference> refs = graph.references.get(node);
                    for (int k = 0; k < refs.size(); k++) {
                        int target = graph.referenceTargets[node][k];
                        int key = graph.referenceKeys[node][k];
                        int[] stamps = key >= 0 ? keySeen : dependsOnSeen;
                        int slot = key >= 0 ? key : target;
                        if (partOf[target] != i && stamps[slot] != i) {
                            stamps[slot] = i;
                            imports.add(refs.get(k));
                        }
                    }
                }
            }
            List<String> dependsOn = m.dependsOn.get(i).stream().map(names::get).toList();
            out.add(new StackPart(names.get(i), ids, resources, m.parameters[i], m.outputs[i], dependsOn, imports));
        }
        return out;
    }
}
