package dev.archway.app.ui.canvas;

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
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the canvas needs from a design, computed once per change rather than per frame: the draw order (containers
 * by depth, then nodes), the edges, which subnets are public, and who contains whom.
 */
public final class DiagramModel {
    private final List<Element> drawOrder;
    private final List<Edge> edges;
    private final Set<String> publicSubnets = new HashSet<>();
    private final Map<String, List<String>> children;
    private final Map<String, Integer> depth = new HashMap<>();

    public DiagramModel(Design design) {
        Topology topology = new Topology(design);
        for (Subnet s : design.all(Subnet.class)) {
            if (topology.isPublic(s)) {
                publicSubnets.add(s.id());
            }
        }
        children = Containment.childrenIndex(design);
        List<Element> order = new ArrayList<>(design.elements());
        order.forEach(e -> depth.put(e.id(), Containment.isContainer(e.kind()) ? Containment.depth(design, e) : 100));
        order.sort(Comparator.comparingInt(e -> rank(e)));
        drawOrder = List.copyOf(order);
        edges = List.copyOf(edgesOf(design));
    }

    private int rank(Element e) {
        int d = depth.get(e.id());
        return d == 100 && e.kind() == dev.archway.model.ElementKind.LOAD_BALANCER ? 50 : d;
    }

    public List<Element> drawOrder() {
        return drawOrder;
    }

    public List<Edge> edges() {
        return edges;
    }

    public boolean isPublic(String subnetId) {
        return publicSubnets.contains(subnetId);
    }

    public Map<String, List<String>> children() {
        return children;
    }

    private static List<Edge> edgesOf(Design design) {
        Set<Edge> out = new LinkedHashSet<>();
        for (Element e : design.elements()) {
            if (e instanceof DnsRecord r && r.aliasTargetId() != null) {
                out.add(new Edge(r.id(), r.aliasTargetId(), Edge.Type.ALIAS));
            } else if (e instanceof Listener l) {
                if (l.loadBalancerId() != null) {
                    out.add(new Edge(l.loadBalancerId(), l.id(), Edge.Type.LISTENS));
                }
                forwards(l.id(), l.defaultActions(), out);
            } else if (e instanceof ListenerRule rule) {
                if (rule.listenerId() != null) {
                    out.add(new Edge(rule.listenerId(), rule.id(), Edge.Type.LISTENS));
                }
                forwards(rule.id(), rule.actions(), out);
            } else if (e instanceof TargetGroup tg) {
                tg.targetIds().forEach(t -> out.add(new Edge(tg.id(), t, Edge.Type.TARGET)));
            } else if (e instanceof AppNode app) {
                app.runsOn().forEach(t -> out.add(new Edge(app.id(), t, Edge.Type.RUNS_ON)));
                app.databases().stream().map(DbAlias::clusterId).distinct()
                        .forEach(c -> out.add(new Edge(app.id(), c, Edge.Type.USES_DB)));
            } else if (e instanceof SecurityGroup sg) {
                for (SgRule rule : sg.ingress()) {
                    if (rule.securityGroupId() != null && !rule.securityGroupId().equals(sg.id())) {
                        out.add(new Edge(rule.securityGroupId(), sg.id(), Edge.Type.SG_REFERENCE));
                    }
                }
            } else if (e instanceof DbInstance db && db.clusterId() != null) {
                out.add(new Edge(db.clusterId(), db.id(), Edge.Type.DB_MEMBER));
            }
        }
        List<Edge> kept = new ArrayList<>();
        for (Edge edge : out) {
            if (design.contains(edge.from()) && design.contains(edge.to())) {
                kept.add(edge);
            }
        }
        return kept;
    }

    private static void forwards(String from, List<Action> actions, Set<Edge> out) {
        for (Action a : actions) {
            a.targetGroupIds().forEach(tg -> out.add(new Edge(from, tg, Edge.Type.FORWARDS)));
        }
    }
}
