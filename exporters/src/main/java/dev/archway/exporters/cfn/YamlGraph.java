package dev.archway.exporters.cfn;

import dev.archway.exporters.InputException;
import dev.archway.exporters.InputLimits;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Measures a composed YAML document before it is expanded: aliases make it a graph whose expansion can be exponential
 * (a "billion laughs" file of a few hundred bytes) or infinite ({@code &r [*r]}). Each node is visited once, so a
 * bomb is refused in microseconds, with the line of the offending alias.
 */
final class YamlGraph {
    private record Size(long values, int height) {
    }

    private final Path file;
    private final InputLimits limits;
    private final Map<Node, Size> measured = new IdentityHashMap<>();
    private final Set<Node> onPath = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlGraph(Path file, InputLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Refuses a document that expands past the value limit, deeper than the depth limit, or into itself. */
    static void check(Node root, Path file) throws InputException {
        new YamlGraph(file, InputLimits.current()).measure(root, 1);
    }

    private Size measure(Node node, int depth) throws InputException {
        Size known = measured.get(node);
        if (known == null) {
            if (!onPath.add(node)) {
                throw refuse(node, "an alias that contains itself (a recursive YAML alias)");
            }
            if (depth > limits.maxDepth()) {
                throw refuse(node, "nested deeper than the limit of " + limits.maxDepth()
                        + " (raise it with -Darchway.limit.depth=N)");
            }
            known = children(node, depth);
            onPath.remove(node);
            measured.put(node, known);
        }
        if (depth - 1 + known.height() > limits.maxDepth()) {
            throw refuse(node, "nested deeper than the limit of " + limits.maxDepth() + " once its aliases are expanded"
                    + " (raise it with -Darchway.limit.depth=N)");
        }
        return known;
    }

    private Size children(Node node, int depth) throws InputException {
        long values = 1;
        int height = 0;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                Size key = measure(t.getKeyNode(), depth + 1);
                Size value = measure(t.getValueNode(), depth + 1);
                values = add(add(values, key.values(), node), value.values(), node);
                height = Math.max(height, Math.max(key.height(), value.height()));
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                Size size = measure(item, depth + 1);
                values = add(values, size.values(), node);
                height = Math.max(height, size.height());
            }
        }
        return new Size(values, height + 1);
    }

    private long add(long a, long b, Node at) throws InputException {
        long sum = a + b;
        if (sum > limits.maxValues()) {
            throw refuse(at, "more than " + limits.maxValues() + " values once its aliases are expanded (a YAML alias"
                    + " bomb?) (raise the limit with -Darchway.limit.values=N)");
        }
        return sum;
    }

    private InputException refuse(Node node, String problem) {
        String place = node.getStartMark() == null ? null : "line " + (node.getStartMark().getLine() + 1);
        return new InputException(file, place, problem);
    }
}
