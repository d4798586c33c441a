package dev.archway.model.stacks;

import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The elements a plan places (those with resources), numbered {@code 0..n-1}, and what they take from each other:
 * every reference as a target node, each value (a resource's Ref or attribute) numbered as a key with the node
 * that provides it and the nodes that take it, and the template parameters each uses. Arrays, so that planning a
 * design of 10,000 elements takes milliseconds.
 */
final class PlanGraph {
    final String[] ids;
    final int[] resources;
    final int[] ownOutputs;
    final int[][] targets;
    final int[][] values;
    final int[][] parameters;
    final int[] keyTarget;
    final int[][] takers;
    final int[][] provided;
    final CfnReference[] keys;
    final List<List<CfnReference>> references = new ArrayList<>();
    final int[][] referenceTargets;
    /** Per reference of {@link #references}: its value key, or -1 for a DependsOn. */
    final int[][] referenceKeys;
    final int parameterCount;

    PlanGraph(Design design, ToIntFunction<Element> resourcesOf, Function<Element, List<CfnReference>> referencesOf,
            Function<Element, List<String>> parameterKeysOf) {
        List<Element> placed = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Element e : design.elements()) {
            int n = resourcesOf.applyAsInt(e);
            if (n > 0) {
                placed.add(e);
                counts.add(n);
            }
        }
        int n = placed.size();
        ids = new String[n];
        resources = new int[n];
        ownOutputs = new int[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids[i] = placed.get(i).id();
            resources[i] = counts.get(i);
            ownOutputs[i] = CfnResourceCount.outputs(placed.get(i));
            index.put(ids[i], i);
        }
        targets = new int[n][];
        values = new int[n][];
        parameters = new int[n][];
        referenceTargets = new int[n][];
        referenceKeys = new int[n][];
        Map<CfnReference, Integer> keyIds = new HashMap<>();
        List<Integer> keyTargets = new ArrayList<>();
        Map<String, Integer> parameterIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            IntList to = new IntList();
            IntList taken = new IntList();
            IntList keptTargets = new IntList();
            IntList keptKeys = new IntList();
            List<CfnReference> kept = new ArrayList<>();
            for (CfnReference r : referencesOf.apply(placed.get(i))) {
                Integer t = index.get(r.targetId());
                if (t == null || t == i) {
                    continue;
                }
                kept.add(r);
                keptTargets.add(t);
                to.addDistinct(t);
                int key = -1;
                if (r.isValue()) {
                    key = keyIds.computeIfAbsent(r, k -> {
                        keyTargets.add(t);
                        return keyTargets.size() - 1;
                    });
                    taken.addDistinct(key);
                }
                keptKeys.add(key);
            }
            references.add(kept);
            referenceTargets[i] = keptTargets.toArray();
            referenceKeys[i] = keptKeys.toArray();
            targets[i] = to.toArray();
            values[i] = taken.toArray();
            IntList params = new IntList();
            for (String p : parameterKeysOf.apply(placed.get(i))) {
                params.addDistinct(parameterIds.computeIfAbsent(p, k -> parameterIds.size()));
            }
            parameters[i] = params.toArray();
        }
        parameterCount = parameterIds.size();
        keyTarget = keyTargets.stream().mapToInt(Integer::intValue).toArray();
        keys = new CfnReference[keyTarget.length];
        keyIds.forEach((r, k) -> keys[k] = r);
        takers = invert(values, keyTarget.length);
        provided = providers(keyTarget, n);
    }

    int size() {
        return ids.length;
    }

    private static int[][] invert(int[][] values, int keyCount) {
        int[] sizes = new int[keyCount];
        for (int[] v : values) {
            for (int k : v) {
                sizes[k]++;
            }
        }
        int[][] out = new int[keyCount][];
        for (int k = 0; k < keyCount; k++) {
            out[k] = new int[sizes[k]];
            sizes[k] = 0;
        }
        for (int node = 0; node < values.length; node++) {
            for (int k : values[node]) {
                out[k][sizes[k]++] = node;
            }
        }
        return out;
    }

    private static int[][] providers(int[] keyTarget, int n) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        for (int k = 0; k < keyTarget.length; k++) {
            lists.get(keyTarget[k]).add(k);
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = ints(lists.get(i));
        }
        return out;
    }

    private static int[] ints(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** A short growable list of ints: an element refers to a handful of others. */
    private static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        void addDistinct(int value) {
            for (int i = 0; i < size; i++) {
                if (items[i] == value) {
                    return;
                }
            }
            add(value);
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }
}
