package dev.archway.model.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layer-by-layer barycentre heuristic (Sugiyama): each node moves to the mean position of its neighbours in the
 * layer before (sweeping down) or after (sweeping up); a few sweeps, keeping the order with fewest crossings between
 * adjacent layers. Nodes without neighbours keep their place.
 */
public final class BarycentricLaneOrder implements LaneOrder {
    private static final int SWEEPS = 4;

    @Override
    public List<List<String>> order(LayeredGraph graph) {
        List<List<String>> layers = new ArrayList<>();
        graph.layers().forEach(l -> layers.add(new ArrayList<>(l)));
        Map<String, List<String>> back = reversed(graph);
        List<List<String>> best = copy(layers);
        long bestCrossings = crossings(layers, graph);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int i = 1; i < layers.size(); i++) {
                sortBy(layers.get(i), positions(layers.get(i - 1)), back);
            }
            for (int i = layers.size() - 2; i >= 1; i--) {
                sortBy(layers.get(i), positions(layers.get(i + 1)), graph.edges());
            }
            long c = crossings(layers, graph);
            if (c < bestCrossings) {
                bestCrossings = c;
                best = copy(layers);
            }
        }
        return best;
    }

    private static void sortBy(List<String> layer, Map<String, Integer> neighbourPos, Map<String, List<String>> adj) {
        Map<String, Double> key = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            String n = layer.get(i);
            double sum = 0;
            int count = 0;
            for (String m : adj.getOrDefault(n, List.of())) {
                Integer p = neighbourPos.get(m);
                if (p != null) {
                    sum += p;
                    count++;
                }
            }
            // scaled so that a node without neighbours keeps its relative place among the others
            key.put(n, count == 0 ? i * (double) neighbourPos.size() / Math.max(1, layer.size()) : sum / count);
        }
        layer.sort(Comparator.comparingDouble(key::get));
    }

    private static Map<String, Integer> positions(List<String> layer) {
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            pos.put(layer.get(i), i);
        }
        return pos;
    }

    private static Map<String, List<String>> reversed(LayeredGraph graph) {
        Map<String, List<String>> back = new HashMap<>();
        graph.edges().forEach((from, tos) -> tos.forEach(to -> back.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
        return back;
    }

    /** Crossings between adjacent layers drawn as straight lines (pairs of edges whose ends swap order). */
    static long crossings(List<List<String>> layers, LayeredGraph graph) {
        long total = 0;
        for (int i = 0; i + 1 < layers.size(); i++) {
            Map<String, Integer> below = positions(layers.get(i + 1));
            List<int[]> edges = new ArrayList<>();
            List<String> layer = layers.get(i);
            for (int p = 0; p < layer.size(); p++) {
                for (String to : graph.next(layer.get(p))) {
                    Integer q = below.get(to);
                    if (q != null) {
                        edges.add(new int[] {p, q});
                    }
                }
            }
            for (int a = 0; a < edges.size(); a++) {
                for (int b = a + 1; b < edges.size(); b++) {
                    int[] e = edges.get(a);
                    int[] f = edges.get(b);
                    if ((long) (e[0] - f[0]) * (e[1] - f[1]) < 0) {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    private static List<List<String>> copy(List<List<String>> layers) {
        List<List<String>> out = new ArrayList<>();
        layers.forEach(l -> out.add(new ArrayList<>(l)));
        return out;
    }
}
