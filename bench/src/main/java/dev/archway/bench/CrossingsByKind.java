package dev.archway.bench;

import dev.archway.model.Design;
import dev.archway.model.diagram.EdgeRoute;
import dev.archway.model.diagram.LayoutQuality;
import dev.archway.model.diagram.Relation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where a laid-out design's crossings are: for each pair of relation kinds, how many of their drawn edges cross. */
final class CrossingsByKind {
    private CrossingsByKind() {
    }

    static void print(String name, Design design) {
        Map<Relation.Kind, List<EdgeRoute>> byKind = routesByKind(design);
        List<Relation.Kind> kinds = new ArrayList<>(byKind.keySet());
        StringBuilder line = new StringBuilder(name).append(':');
        for (int i = 0; i < kinds.size(); i++) {
            for (int j = i; j < kinds.size(); j++) {
                int n = crossings(design, byKind, kinds.get(i), kinds.get(j));
                if (n > 0) {
                    line.append(String.format(Locale.ROOT, " %s×%s %,d;", kinds.get(i), kinds.get(j), n));
                }
            }
        }
        System.out.println(line);
    }

    private static int crossings(Design design, Map<Relation.Kind, List<EdgeRoute>> byKind, Relation.Kind a,
            Relation.Kind b) {
        if (a == b) {
            return LayoutQuality.of(design, byKind.get(a)).crossings();
        }
        List<EdgeRoute> both = new ArrayList<>(byKind.get(a));
        both.addAll(byKind.get(b));
        return LayoutQuality.of(design, both).crossings() - LayoutQuality.of(design, byKind.get(a)).crossings()
                - LayoutQuality.of(design, byKind.get(b)).crossings();
    }

    private static Map<Relation.Kind, List<EdgeRoute>> routesByKind(Design design) {
        Map<Relation.Kind, List<EdgeRoute>> byKind = new EnumMap<>(Relation.Kind.class);
        LayoutQuality.primaryRoutesByRelation(design)
                .forEach((r, route) -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(route));
        return byKind;
    }
}
