package dev.archway.model.stacks;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills stacks one after another with whole components, in order, while they stay within the limits: resources,
 * Parameters (values taken from outside the stack plus template parameters) and Outputs (values something outside
 * takes; an upper bound while the stack is open). Stamps in arrays, not sets: a stamp equal to the current stack's
 * number means "counted in this stack".
 */
final class ChunkFiller {
    private final PlanGraph g;
    private final StackLimits limits;
    private final int[] chunkOf;
    private final int[] addedAt;
    private final int[] importStamp;
    private final int[] parameterStamp;
    private final int[] outside;
    private final int[] trialNode;
    private final int[] trialKey;
    private final int[] trialParameter;
    private int trial;
    private int adds;
    private int current;
    private int resources;
    private int imports;
    private int parameters;
    private int exports;
    private List<int[]> open = new ArrayList<>();
    private List<List<int[]>> closed = new ArrayList<>();

    ChunkFiller(PlanGraph g, StackLimits limits) {
        this.g = g;
        this.limits = limits;
        chunkOf = filled(g.size(), -1);
        addedAt = new int[g.size()];
        importStamp = filled(g.keyTarget.length, -1);
        parameterStamp = filled(g.parameterCount, -1);
        outside = new int[g.keyTarget.length];
        trialNode = new int[g.size()];
        trialKey = new int[g.keyTarget.length];
        trialParameter = new int[g.parameterCount];
    }

    private static int[] filled(int n, int value) {
        int[] out = new int[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    boolean isEmpty() {
        return open.isEmpty();
    }

    /** Would the stack stay within the limits with these nodes added? */
    boolean accepts(int[] nodes) {
        trial++;
        for (int m : nodes) {
            trialNode[m] = trial;
        }
        int more = 0;
        int newImports = 0;
        int newParameters = 0;
        int newExports = 0;
        for (int m : nodes) {
            more += g.resources[m];
            newExports += g.ownOutputs[m];
            for (int k : g.values[m]) {
                int t = g.keyTarget[k];
                if (chunkOf[t] != current && trialNode[t] != trial && importStamp[k] != current && trialKey[k] != trial) {
                    trialKey[k] = trial;
                    newImports++;
                }
            }
            for (int p : g.parameters[m]) {
                if (parameterStamp[p] != current && trialParameter[p] != trial) {
                    trialParameter[p] = trial;
                    newParameters++;
                }
            }
            for (int k : g.provided[m]) {
                newExports += takenOutside(k) ? 1 : 0;
            }
        }
        return resources + more <= limits.resources()
                && imports + newImports + parameters + newParameters <= limits.parameters()
                && exports + newExports <= limits.outputs();
    }

    private boolean takenOutside(int key) {
        for (int t : g.takers[key]) {
            if (chunkOf[t] != current && trialNode[t] != trial) {
                return true;
            }
        }
        return false;
    }

    void add(int[] component) {
        adds++;
        open.add(component);
        for (int m : component) {
            chunkOf[m] = current;
            addedAt[m] = adds;
            resources += g.resources[m];
            exports += g.ownOutputs[m];
        }
        for (int m : component) {
            for (int k : g.provided[m]) {
                int n = 0;
                for (int t : g.takers[k]) {
                    n += chunkOf[t] != current ? 1 : 0;
                }
                outside[k] = n;
                exports += n > 0 ? 1 : 0;
            }
        }
        for (int m : component) {
            for (int k : g.values[m]) {
                take(k);
            }
            for (int p : g.parameters[m]) {
                if (parameterStamp[p] != current) {
                    parameterStamp[p] = current;
                    parameters++;
                }
            }
        }
    }

    /** A node of the stack takes value {@code k}: from inside (one taker fewer outside), or as a Parameter. */
    private void take(int k) {
        int t = g.keyTarget[k];
        if (chunkOf[t] == current) {
            if (addedAt[t] < adds && outside[k] > 0 && --outside[k] == 0) {
                exports--;
            }
        } else if (importStamp[k] != current) {
            importStamp[k] = current;
            imports++;
        }
    }

    void close() {
        if (!open.isEmpty()) {
            closed.add(open);
            open = new ArrayList<>();
            current++;
            resources = 0;
            imports = 0;
            parameters = 0;
            exports = 0;
        }
    }

    /** The chunks filled since the last call; the next group starts in a new chunk. */
    List<List<int[]>> closeGroup() {
        close();
        List<List<int[]>> out = closed;
        closed = new ArrayList<>();
        return out;
    }
}
