package dev.archway.bench;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.ElementKind;
import dev.archway.model.diagram.EdgeRoute;
import dev.archway.model.diagram.EdgeRouter;
import dev.archway.model.diagram.LayoutQuality;
import dev.archway.model.diagram.Relation;
import dev.archway.model.diagram.Relations;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Where a laid-out design's crossings are: for each pair of relation kinds, how many of their drawn edges cross. */
final class CrossingsByKind {
    private static final Set<ElementKind> CONTAINERS = EnumSet.of(ElementKind.REGION, ElementKind.VPC,
            ElementKind.AVAILABILITY_ZONE, ElementKind.SUBNET);

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

    /** The primary edges routed as {@link LayoutQuality#primaryRoutes} routes them, kept apart by kind. */
    private static Map<Relation.Kind, List<EdgeRoute>> routesByKind(Design design) {
        List<Bounds> nodes = design.elements().stream().filter(e -> !CONTAINERS.contains(e.kind()))
                .map(e -> design.bounds(e.id())).filter(Objects::nonNull).toList();
        EdgeRouter router = new EdgeRouter(nodes);
        Map<Relation.Kind, List<EdgeRoute>> byKind = new EnumMap<>(Relation.Kind.class);
        for (Relation r : Relations.of(design)) {
            Bounds a = design.bounds(r.from());
            Bounds b = design.bounds(r.to());
            EdgeRoute route = !r.kind().secondary() && a != null && b != null ? router.route(a, b) : null;
            if (route != null) {
                byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(route);
            }
        }
        return byKind;
    }
}
