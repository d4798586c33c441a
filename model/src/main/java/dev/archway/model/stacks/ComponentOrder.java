package dev.archway.model.stacks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strongly connected components of a reference graph over nodes {@code 0..n-1}, each after every component it
 * refers to (Tarjan's algorithm, iterative so that long chains do not overflow the stack). Nodes are visited in the
 * given order, so related nodes given together come out together. Components are what must share a stack: their
 * members refer to each other.
 */
final class ComponentOrder {
    private final int[][] edges;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final int[] stack;
    private final int[] frameNode;
    private final int[] frameNext;
    private int stackSize;
    private int counter;
    private final List<int[]> out = new ArrayList<>();

    private ComponentOrder(int[][] edges) {
        this.edges = edges;
        int n = edges.length;
        index = new int[n];
        Arrays.fill(index, -1);
        low = new int[n];
        onStack = new boolean[n];
        stack = new int[n];
        frameNode = new int[n];
        frameNext = new int[n];
    }

    /** The components of the nodes listed in {@code order}; {@code edges[n]} are node n's targets. */
    static List<int[]> of(int[] order, int[][] edges) {
        ComponentOrder c = new ComponentOrder(edges);
        for (int node : order) {
            if (c.index[node] < 0) {
                c.visit(node);
            }
        }
        return c.out;
    }

    private void visit(int root) {
        int depth = 0;
        open(root);
        frameNode[0] = root;
        frameNext[0] = 0;
        while (depth >= 0) {
            int node = frameNode[depth];
            if (frameNext[depth] < edges[node].length) {
                int t = edges[node][frameNext[depth]++];
                if (index[t] < 0) {
                    open(t);
                    depth++;
                    frameNode[depth] = t;
                    frameNext[depth] = 0;
                } else if (onStack[t]) {
                    low[node] = Math.min(low[node], index[t]);
                }
                continue;
            }
            if (low[node] == index[node]) {
                close(node);
            }
            depth--;
            if (depth >= 0) {
                int parent = frameNode[depth];
                low[parent] = Math.min(low[parent], low[node]);
            }
        }
    }

    private void open(int node) {
        index[node] = counter;
        low[node] = counter++;
        stack[stackSize++] = node;
        onStack[node] = true;
    }

    private void close(int root) {
        int start = stackSize;
        do {
            start--;
        } while (stack[start] != root);
        int[] component = Arrays.copyOfRange(stack, start, stackSize);
        for (int n : component) {
            onStack[n] = false;
        }
        stackSize = start;
        out.add(component);
    }
}
