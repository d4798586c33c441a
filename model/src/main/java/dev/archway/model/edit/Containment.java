package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AWS diagram convention: region > VPC > AZ columns > subnets > instances, tasks and DB instances.
 * Answers which element draws inside which, and where each kind may be dropped.
 */
public final class Containment {
    private static final Set<ElementKind> CONTAINERS = EnumSet.of(ElementKind.REGION, ElementKind.VPC,
            ElementKind.AVAILABILITY_ZONE, ElementKind.SUBNET);
    private static final Set<ElementKind> IN_VPC = EnumSet.of(ElementKind.AVAILABILITY_ZONE,
            ElementKind.INTERNET_GATEWAY, ElementKind.ROUTE_TABLE, ElementKind.SECURITY_GROUP, ElementKind.NETWORK_ACL,
            ElementKind.LOAD_BALANCER, ElementKind.LISTENER, ElementKind.LISTENER_RULE, ElementKind.TARGET_GROUP,
            ElementKind.AURORA_CLUSTER, ElementKind.AUTO_SCALING_GROUP);
    private static final Set<ElementKind> IN_SUBNET = EnumSet.of(ElementKind.NAT_GATEWAY, ElementKind.EC2_INSTANCE,
            ElementKind.ECS_SERVICE, ElementKind.IP_TARGET, ElementKind.DB_INSTANCE);

    private Containment() {
    }

    public static boolean isContainer(ElementKind kind) {
        return CONTAINERS.contains(kind);
    }

    /** The kind of container an element of this kind must be dropped into, or null when it may go anywhere. */
    public static ElementKind requiredParent(ElementKind kind) {
        if (kind == ElementKind.VPC) {
            return ElementKind.REGION;
        }
        if (kind == ElementKind.SUBNET) {
            return ElementKind.AVAILABILITY_ZONE;
        }
        if (IN_VPC.contains(kind)) {
            return ElementKind.VPC;
        }
        return IN_SUBNET.contains(kind) ? ElementKind.SUBNET : null;
    }

    /** Why an element of this kind cannot live where it was dropped, for the refusal message. */
    public static String refusal(ElementKind kind) {
        ElementKind parent = requiredParent(kind);
        String article = parent == ElementKind.AVAILABILITY_ZONE ? "an " : "a ";
        return "A " + phrase(kind) + " must be placed inside " + article + phrase(parent);
    }

    /** "subnet", "VPC", "EC2 instance": a kind's label as it reads inside a sentence. */
    public static String phrase(ElementKind kind) {
        String label = kind.label();
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The element this one is drawn inside (and moves with), or null. */
    public static String parentOf(Design design, Element e) {
        if (e instanceof DbInstance db) {
            String subnet = dbSubnetFor(design, db);
            return subnet != null ? subnet : db.azId();
        }
        if (e instanceof TargetGroup tg) {
            return tg.vpcId();
        }
        if (e instanceof SecurityGroup sg) {
            return sg.vpcId();
        }
        if (e instanceof Listener l) {
            Element lb = l.loadBalancerId() == null ? null : design.get(l.loadBalancerId());
            return lb == null ? null : lb.container();
        }
        if (e instanceof ListenerRule r) {
            Element listener = r.listenerId() == null ? null : design.get(r.listenerId());
            return listener == null ? null : parentOf(design, listener);
        }
        String c = e.container();
        return c != null && design.contains(c) ? c : null;
    }

    /**
     * The subnet of the instance's DB subnet group (its cluster's, or its own when it stands alone) in the instance's
     * AZ: where AWS diagrams draw the instance.
     */
    public static String dbSubnetFor(Design design, DbInstance db) {
        DbSubnetGroup group = new Topology(design).dbSubnetGroupOf(db);
        if (group == null) {
            return null;
        }
        for (String id : group.subnetIds()) {
            Subnet s = design.get(id, Subnet.class);
            if (s != null && s.azId() != null && s.azId().equals(db.azId())) {
                return s.id();
            }
        }
        return null;
    }

    /** Children by parent id, for the whole design. */
    public static Map<String, List<String>> childrenIndex(Design design) {
        Map<String, List<String>> children = new HashMap<>();
        for (Element e : design.elements()) {
            String parent = parentOf(design, e);
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.id());
            }
        }
        return children;
    }

    /** Every element drawn inside the given one, at any depth. */
    public static List<String> descendants(Map<String, List<String>> children, String id) {
        List<String> out = new ArrayList<>();
        List<String> queue = new ArrayList<>(children.getOrDefault(id, List.of()));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (!out.contains(next)) {
                out.add(next);
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    /** Depth in the containment tree: containers draw before (under) what they hold. */
    public static int depth(Design design, Element e) {
        int depth = 0;
        String parent = parentOf(design, e);
        while (parent != null && depth < 8) {
            depth++;
            Element p = design.get(parent);
            parent = p == null ? null : parentOf(design, p);
        }
        return depth;
    }
}
