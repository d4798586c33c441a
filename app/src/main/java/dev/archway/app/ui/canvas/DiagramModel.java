package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.edit.Containment;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.ElementKind;
import dev.archway.model.diagram.EdgeRouter;
import dev.archway.model.diagram.Relation;
import dev.archway.model.diagram.Relations;
import dev.archway.model.diagram.EdgeRoute;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the canvas needs from a design, computed once per change rather than per frame: the draw order (containers
 * by depth, then nodes), the relations and their orthogonal routes (routed on first use), which subnets are public,
 * who contains whom, and what each container holds (drawn as counts when zoomed far out).
 */
public final class DiagramModel {
    private final Design design;
    private final List<Element> drawOrder;
    private final List<Relation> edges;
    private final Set<String> publicSubnets = new HashSet<>();
    /** Subnets from outside the template whose tier or CIDR no assumption gives: drawn as not known. */
    private final Set<String> unknownTier = new HashSet<>();
    private final Set<String> unknownCidr = new HashSet<>();
    private final Map<String, List<String>> children;
    private final Map<String, Integer> depth = new HashMap<>();
    private final Map<String, String> summaries;
    private final Map<String, String> zoneLabels = new HashMap<>();
    private final Map<Relation, EdgeRoute> routes = new HashMap<>();
    private EdgeRouter router;

    public DiagramModel(Design design) {
        this.design = design;
        Topology topology = new Topology(design);
        for (Subnet s : design.all(Subnet.class)) {
            if (topology.isPublic(s)) {
                publicSubnets.add(s.id());
            }
            topology.unknownTier(s).ifPresent(u -> unknownTier.add(s.id()));
            topology.unknownCidr(s).ifPresent(u -> unknownCidr.add(s.id()));
        }
        for (Vpc v : design.all(Vpc.class)) {
            topology.unknownCidr(v).ifPresent(u -> unknownCidr.add(v.id()));
        }
        for (AvailabilityZone az : design.all(AvailabilityZone.class)) {
            zoneLabels.put(az.id(), topology.zoneLabel(az.zone()));
        }
        children = Containment.childrenIndex(design);
        List<Element> order = new ArrayList<>(design.elements());
        order.forEach(e -> depth.put(e.id(), Containment.isContainer(e.kind()) ? Containment.depth(design, e) : 100));
        order.sort(Comparator.comparingInt(this::rank));
        drawOrder = List.copyOf(order);
        edges = List.copyOf(Relations.of(design));
        summaries = ContainerSummary.of(design);
    }

    private int rank(Element e) {
        int d = depth.get(e.id());
        return d == 100 && e.kind() == ElementKind.LOAD_BALANCER ? 50 : d;
    }

    public List<Element> drawOrder() {
        return drawOrder;
    }

    public List<Relation> edges() {
        return edges;
    }

    public boolean isPublic(String subnetId) {
        return publicSubnets.contains(subnetId);
    }

    /** A subnet's tier and CIDR as its header says them: "Public · 10.0.1.0/24", "tier not known · CIDR not known". */
    public String describe(Subnet s) {
        String tier = unknownTier.contains(s.id()) ? "tier not known" : isPublic(s.id()) ? "Public" : "Private";
        return tier + " · " + (unknownCidr.contains(s.id()) ? "CIDR not known" : s.cidr());
    }

    /** An AZ's zone as its header says it: {@code eu-west-1a}, or a slot as {@code 1st AZ of eu-west-1}. */
    public String describe(AvailabilityZone az) {
        return zoneLabels.getOrDefault(az.id(), az.zone());
    }

    /** A VPC's CIDR as its header says it. */
    public String describe(Vpc v) {
        return unknownCidr.contains(v.id()) ? "CIDR not known" : v.cidr();
    }

    public Map<String, List<String>> children() {
        return children;
    }

    /** What a container holds, in words ("240 services · 480 instances"), or "" for an element that holds nothing. */
    public String summary(String id) {
        return summaries.getOrDefault(id, "");
    }

    /** The edge's route around the other elements as they are stored (null: one end inside the other), computed once per design change. */
    EdgeRoute route(Relation edge) {
        if (!routes.containsKey(edge)) {
            Bounds a = design.bounds(edge.from());
            Bounds b = design.bounds(edge.to());
            routes.put(edge, a == null || b == null ? null : router().route(a, b));
        }
        return routes.get(edge);
    }

    /** A route between boxes that are being moved: the stored obstacles, fresh ends. */
    EdgeRoute routeBetween(Bounds a, Bounds b) {
        return router().route(a, b);
    }

    private EdgeRouter router() {
        if (router == null) {
            List<Bounds> nodes = new ArrayList<>();
            for (Element e : drawOrder) {
                Bounds b = design.bounds(e.id());
                if (b != null && !Containment.isContainer(e.kind())) {
                    nodes.add(b);
                }
            }
            router = new EdgeRouter(nodes);
        }
        return router;
    }
}
