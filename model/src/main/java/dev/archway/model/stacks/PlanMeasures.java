package dev.archway.model.stacks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Exact Parameters, Outputs, imports and dependencies of each stack, once every node has its stack. */
final class PlanMeasures {
    final int[] parameters;
    final int[] outputs;
    final List<TreeSet<Integer>> dependsOn = new ArrayList<>();

    PlanMeasures(PlanGraph g, List<List<int[]>> chunks) {
        int parts = chunks.size();
        int[] partOf = new int[g.size()];
        for (int i = 0; i < parts; i++) {
            for (int[] component : chunks.get(i)) {
                for (int m : component) {
                    partOf[m] = i;
                }
            }
        }
        parameters = new int[parts];
        outputs = new int[parts];
        int[] keySeen = new int[g.keyTarget.length];
        int[] parameterSeen = new int[g.parameterCount];
        Arrays.fill(keySeen, -1);
        Arrays.fill(parameterSeen, -1);
        boolean[] exported = new boolean[g.keyTarget.length];
        for (int i = 0; i < parts; i++) {
            TreeSet<Integer> deps = new TreeSet<>();
            for (int[] component : chunks.get(i)) {
                for (int m : component) {
                    outputs[i] += g.ownOutputs[m];
                    for (int p : g.parameters[m]) {
                        if (parameterSeen[p] != i) {
                            parameterSeen[p] = i;
                            parameters[i]++;
                        }
                    }
                    for (int k : g.values[m]) {
                        int owner = partOf[g.keyTarget[k]];
                        if (owner != i && keySeen[k] != i) {
                            keySeen[k] = i;
                            parameters[i]++;
                        }
                        if (owner != i && !exported[k]) {
                            exported[k] = true;
                            outputs[owner]++;
                        }
                    }
                    for (int t : g.targets[m]) {
                        if (partOf[t] != i) {
                            deps.add(partOf[t]);
                        }
                    }
                }
            }
            dependsOn.add(deps);
        }
    }

    boolean fits(int part, StackLimits limits) {
        return parameters[part] <= limits.parameters() && outputs[part] <= limits.outputs();
    }
}
