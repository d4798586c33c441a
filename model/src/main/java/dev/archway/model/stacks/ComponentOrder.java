package dev.archway.model.stacks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Strongly connected components of a reference graph, each after every component it refers to (Tarjan's algorithm,
 * iterative so that long chains do not overflow the stack). Nodes are visited in the given order, so related nodes
 * given together come out together. Components are what must share a stack: their members refer to each other.
 */
final class ComponentOrder {
    private final Function<String, List<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Map<String, Boolean> onStack = new HashMap<>();
    private final List<List<String>> out = new ArrayList<>();

    private ComponentOrder(Function<String, List<String>> edges) {
        this.edges = edges;
    }

    /** The components of {@code nodes}; {@code edges} gives a node's targets among the nodes. */
    static List<List<String>> of(List<String> nodes, Function<String, List<String>> edges) {
        ComponentOrder order = new ComponentOrder(edges);
        nodes.forEach(n -> {
            if (!order.index.containsKey(n)) {
                order.visit(n);
            }
        });
        return order.out;
    }

    private record Frame(String node, List<String> targets, int next) {
    }

    private void visit(String root) {
        Deque<Frame> frames = new ArrayDeque<>();
        open(root, frames);
        while (!frames.isEmpty()) {
            Frame f = frames.pop();
            if (f.next() < f.targets().size()) {
                frames.push(new Frame(f.node(), f.targets(), f.next() + 1));
                String t = f.targets().get(f.next());
                if (!index.containsKey(t)) {
                    open(t, frames);
                } else if (onStack.getOrDefault(t, false)) {
                    low.put(f.node(), Math.min(low.get(f.node()), index.get(t)));
                }
                continue;
            }
            if (low.get(f.node()).equals(index.get(f.node()))) {
                close(f.node());
            }
            if (!frames.isEmpty()) {
                String parent = frames.peek().node();
                low.put(parent, Math.min(low.get(parent), low.get(f.node())));
            }
        }
    }

    private void open(String node, Deque<Frame> frames) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.put(node, true);
        frames.push(new Frame(node, edges.apply(node), 0));
    }

    private void close(String root) {
        List<String> component = new ArrayList<>();
        String n;
        do {
            n = stack.pop();
            onStack.put(n, false);
            component.add(n);
        } while (!n.equals(root));
        out.add(component);
    }
}
