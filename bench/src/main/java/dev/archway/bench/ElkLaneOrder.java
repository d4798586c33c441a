package dev.archway.bench;

import dev.archway.model.diagram.LaneOrder;
import dev.archway.model.diagram.LayeredGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The lane ordered by the Eclipse Layout Kernel's layered algorithm (layer sweep crossing minimisation, orthogonal
 * routing): each layer pinned with a layer choice constraint, the first layer's order pinned too; the order read back
 * is the nodes' top-to-bottom order in ELK's drawing of each layer.
 */
public final class ElkLaneOrder implements LaneOrder {
    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    @Override
    public List<List<String>> order(LayeredGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        Map<String, ElkNode> nodes = new HashMap<>();
        List<List<String>> layers = graph.layers();
        for (int l = 0; l < layers.size(); l++) {
            for (int i = 0; i < layers.get(l).size(); i++) {
                ElkNode n = ElkGraphUtil.createNode(root);
                n.setDimensions(100, 30);
                n.setProperty(LayeredOptions.LAYERING_LAYER_CHOICE_CONSTRAINT, l);
                if (l == 0) {
                    n.setProperty(LayeredOptions.CROSSING_MINIMIZATION_POSITION_CHOICE_CONSTRAINT, i);
                }
                nodes.put(layers.get(l).get(i), n);
            }
        }
        graph.edges().forEach((from, tos) -> tos.forEach(to -> {
            if (nodes.containsKey(from) && nodes.containsKey(to)) {
                ElkGraphUtil.createSimpleEdge(nodes.get(from), nodes.get(to));
            }
        }));
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        List<List<String>> out = new ArrayList<>();
        out.add(layers.get(0));
        for (List<String> layer : layers.subList(1, layers.size())) {
            List<String> sorted = new ArrayList<>(layer);
            sorted.sort(Comparator.comparingDouble(id -> nodes.get(id).getY()));
            out.add(sorted);
        }
        return out;
    }
}
