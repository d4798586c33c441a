package dev.archway.model.diagram;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How readable a laid-out diagram is: edge crossings and bends of the drawn (primary) edges, edges drawn through a
 * box, boxes overlapping (must be 0), elements outside their container (must be 0), the drawing's aspect ratio and
 * its area per element.
 */
public record LayoutQuality(int elements, int edges, int crossings, int bends, int through, int overlaps,
        int outside, double aspect, double areaPerElement) {
    static final Set<ElementKind> CONTAINERS = EnumSet.of(ElementKind.REGION, ElementKind.VPC,
            ElementKind.AVAILABILITY_ZONE, ElementKind.SUBNET);

    /** Measures the design's current layout with the given routes (one per drawn edge). */
    public static LayoutQuality of(Design design, List<EdgeRoute> routes) {
        Map<String, Bounds> layout = design.layout();
        List<Bounds> nodes = new ArrayList<>();
        for (Element e : design.elements()) {
            Bounds b = layout.get(e.id());
            if (b != null && !CONTAINERS.contains(e.kind())) {
                nodes.add(b);
            }
        }
        double[] box = extent(layout.values());
        double w = box[2] - box[0];
        double h = box[3] - box[1];
        return new LayoutQuality(design.size(), routes.size(), crossings(routes), routes.stream().mapToInt(EdgeRoute::bends)
                .sum(), through(routes, nodes), overlaps(design), outside(design), h > 0 ? w / h : 0,
                design.size() == 0 ? 0 : w * h / design.size());
    }

    /** Routes of the design's primary relations, as the canvas draws them. */
    public static List<EdgeRoute> primaryRoutes(Design design) {
        return new ArrayList<>(primaryRoutesByRelation(design).values());
    }

    /** The same routes, each with the relation it draws. */
    public static Map<Relation, EdgeRoute> primaryRoutesByRelation(Design design) {
        return routes(design, design.layout(), Relations.of(design).stream().filter(r -> !r.kind().secondary())
                .toList());
    }

    /**
     * The relations with both ends in {@code boxes}, each routed around the boxes that are not containers; a relation
     * drawn inside one of its ends has no route.
     */
    static Map<Relation, EdgeRoute> routes(Design design, Map<String, Bounds> boxes, List<Relation> relations) {
        List<Bounds> nodes = new ArrayList<>();
        boxes.forEach((id, b) -> {
            Element e = design.get(id);
            if (e != null && !CONTAINERS.contains(e.kind())) {
                nodes.add(b);
            }
        });
        EdgeRouter router = new EdgeRouter(nodes);
        Map<Relation, EdgeRoute> routes = new java.util.LinkedHashMap<>();
        for (Relation r : relations) {
            Bounds a = boxes.get(r.from());
            Bounds b = boxes.get(r.to());
            EdgeRoute route = a != null && b != null ? router.route(a, b) : null;
            if (route != null) {
                routes.put(r, route);
            }
        }
        return routes;
    }

    private static double[] extent(java.util.Collection<Bounds> all) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Bounds b : all) {
            e[0] = Math.min(e[0], b.x());
            e[1] = Math.min(e[1], b.y());
            e[2] = Math.max(e[2], b.x() + b.width());
            e[3] = Math.max(e[3], b.y() + b.height());
        }
        return all.isEmpty() ? new double[4] : e;
    }

    static int crossings(List<EdgeRoute> routes) {
        List<double[]> segs = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            EdgeRoute route = routes.get(r);
            for (int i = 1; i < route.size(); i++) {
                segs.add(new double[] {route.x(i - 1), route.y(i - 1), route.x(i), route.y(i), r});
            }
        }
        segs.sort(Comparator.comparingDouble(s -> Math.min(s[0], s[2])));
        int count = 0;
        for (int i = 0; i < segs.size(); i++) {
            double[] s = segs.get(i);
            double right = Math.max(s[0], s[2]);
            for (int j = i + 1; j < segs.size() && Math.min(segs.get(j)[0], segs.get(j)[2]) <= right; j++) {
                double[] t = segs.get(j);
                if (s[4] != t[4] && properlyCross(s, t)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Interiors cross at one point (touching ends and shared stretches of a bundle do not count). */
    static boolean properlyCross(double[] s, double[] t) {
        double d1 = orient(t[0], t[1], t[2], t[3], s[0], s[1]);
        double d2 = orient(t[0], t[1], t[2], t[3], s[2], s[3]);
        double d3 = orient(s[0], s[1], s[2], s[3], t[0], t[1]);
        double d4 = orient(s[0], s[1], s[2], s[3], t[2], t[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        double v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return Math.abs(v) < 1e-6 ? 0 : v;
    }

    private static int through(List<EdgeRoute> routes, List<Bounds> nodes) {
        ObstacleIndex index = new ObstacleIndex();
        nodes.forEach(b -> index.add(EdgeRouter.withLabel(b)));
        int count = 0;
        for (EdgeRoute r : routes) {
            Bounds a = new Bounds(r.x(0), r.y(0), 0, 0);
            Bounds b = new Bounds(r.x(r.size() - 1), r.y(r.size() - 1), 0, 0);
            for (int i = 1; i < r.size(); i++) {
                if (index.hits(r.x(i - 1), r.y(i - 1), r.x(i), r.y(i), a, b) > 0) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Pairs of boxes that overlap although neither holds the other: node over node, or sibling containers. */
    private static int overlaps(Design design) {
        List<Element> placed = design.elements().stream().filter(e -> design.bounds(e.id()) != null)
                .sorted(Comparator.comparingDouble(e -> design.bounds(e.id()).x())).toList();
        int count = 0;
        for (int i = 0; i < placed.size(); i++) {
            Element e = placed.get(i);
            Bounds a = design.bounds(e.id());
            for (int j = i + 1; j < placed.size(); j++) {
                Element f = placed.get(j);
                Bounds b = design.bounds(f.id());
                if (b.x() >= a.x() + a.width()) {
                    break;
                }
                if (comparable(e, f) && overlap(a, b) && !holds(design, e, f) && !holds(design, f, e)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean comparable(Element e, Element f) {
        boolean ce = CONTAINERS.contains(e.kind());
        boolean cf = CONTAINERS.contains(f.kind());
        return ce == cf && (!ce || java.util.Objects.equals(e.container(), f.container()));
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() - 0.5 && b.x() < a.x() + a.width() - 0.5
                && a.y() < b.y() + b.height() - 0.5 && b.y() < a.y() + a.height() - 0.5;
    }

    private static boolean holds(Design design, Element outer, Element inner) {
        String c = inner.container();
        for (int depth = 0; c != null && depth < 8; depth++) {
            if (c.equals(outer.id())) {
                return true;
            }
            Element next = design.get(c);
            c = next == null ? null : next.container();
        }
        return false;
    }

    private static int outside(Design design) {
        int count = 0;
        for (Element e : design.elements()) {
            Bounds b = design.bounds(e.id());
            Bounds c = e.container() == null ? null : design.bounds(e.container());
            if (b != null && c != null && !c.contains(b)) {
                count++;
            }
        }
        return count;
    }

    /** Sums over several designs, for the benchmark's last line. */
    public static final class Totals {
        public int elements;
        public int edges;
        public int crossings;
        public int bends;
        public int through;
        public int overlaps;
        public int outside;

        public void add(LayoutQuality q) {
            elements += q.elements;
            edges += q.edges;
            crossings += q.crossings;
            bends += q.bends;
            through += q.through;
            overlaps += q.overlaps;
            outside += q.outside;
        }
    }
}
