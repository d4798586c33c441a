package dev.archway.app.ui.edit;

import dev.archway.app.ui.canvas.Containment;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.command.SetBoundsCommand;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canvas gestures as commands: creating an element where it was dropped, moving elements (and what they hold)
 * into a new container, resizing, connecting. Every refusal says why.
 */
public final class CanvasEdits {
    public static final double SNAP = 8;
    /** Sizes of new elements, as the foundation's AWS diagram layout draws them: icons, chips, boxes. */
    public static final double ICON = 64;
    public static final double CHIP_W = 230;
    public static final double CHIP_H = 44;

    private CanvasEdits() {
    }

    public static double snap(double v) {
        return Math.round(v / SNAP) * SNAP;
    }

    /** The innermost container of the given kind under a point, ignoring {@code excluded} ids. */
    public static Element containerAt(Design design, ElementKind kind, double x, double y, Set<String> excluded) {
        Element best = null;
        double bestArea = Double.MAX_VALUE;
        for (Element e : design.all(kind.type())) {
            Bounds b = design.bounds(e.id());
            if (b != null && !excluded.contains(e.id()) && b.contains(x, y) && b.width() * b.height() < bestArea) {
                best = e;
                bestArea = b.width() * b.height();
            }
        }
        return best;
    }

    public static Bounds defaultBounds(ElementKind kind, double x, double y) {
        switch (kind) {
            case REGION: return new Bounds(snap(x), snap(y), 960, 640);
            case VPC: return new Bounds(snap(x), snap(y), 820, 520);
            case AVAILABILITY_ZONE: return new Bounds(snap(x), snap(y), 320, 420);
            case SUBNET: return new Bounds(snap(x), snap(y), 288, 150);
            case LOAD_BALANCER: return new Bounds(snap(x - 150), snap(y - 28), 300, 56);
            case LISTENER: case LISTENER_RULE: case TARGET_GROUP: case SECURITY_GROUP: case ROUTE_TABLE:
            case NETWORK_ACL: case CERTIFICATE: case HOSTED_ZONE: case DNS_RECORD: case DB_SUBNET_GROUP:
            case OPAQUE:
                return new Bounds(snap(x - CHIP_W / 2), snap(y - CHIP_H / 2), CHIP_W, CHIP_H);
            default: return new Bounds(snap(x - ICON / 2), snap(y - ICON / 2), ICON, ICON);
        }
    }

    /** A palette drop of {@code kind} at model point (x, y). */
    public static Outcome create(Design design, ElementKind kind, double x, double y) {
        ElementKind required = Containment.requiredParent(kind);
        Element parent = null;
        if (required != null) {
            parent = containerAt(design, required, x, y, Set.of());
            if (parent == null) {
                return Outcome.refused(Containment.refusal(kind));
            }
        }
        Element created = ElementFactory.create(design, kind, parent);
        created = linkToTarget(design, created, x, y);
        Bounds b = defaultBounds(kind, x, y);
        if (Containment.isContainer(kind)) {
            b = new Bounds(snap(x - b.width() / 2), snap(y - 20), b.width(), b.height());
        }
        return Outcome.of(new PutElementCommand("Add " + created.name(), created, b), created.id());
    }

    /** A listener dropped on a load balancer joins it; a rule dropped on a listener joins that. */
    private static Element linkToTarget(Design design, Element created, double x, double y) {
        if (created instanceof Listener l) {
            Element lb = containerAt(design, ElementKind.LOAD_BALANCER, x, y, Set.of());
            if (lb != null) {
                return new Listener(l.id(), l.name(), lb.id(), l.protocol(), l.port(), l.certificateIds(),
                        l.sslPolicy(), l.defaultActions());
            }
        }
        if (created instanceof ListenerRule r) {
            Element listener = containerAt(design, ElementKind.LISTENER, x, y, Set.of());
            if (listener != null) {
                return new ListenerRule(r.id(), r.name(), listener.id(), r.priority(), r.conditions(), r.actions());
            }
        }
        return created;
    }

    /** Moves the given elements (and everything drawn inside them) by (dx, dy), re-homing each into its new container. */
    public static Outcome move(Design design, Set<String> ids, double dx, double dy) {
        Map<String, List<String>> children = Containment.childrenIndex(design);
        Set<String> moved = new LinkedHashSet<>(ids);
        ids.forEach(id -> moved.addAll(Containment.descendants(children, id)));
        Map<String, Bounds> target = new LinkedHashMap<>();
        for (String id : moved) {
            Bounds b = design.bounds(id);
            if (b != null) {
                target.put(id, b.moveBy(dx, dy));
            }
        }
        List<Command> parts = new ArrayList<>();
        for (String id : moved) {
            Element e = design.get(id);
            String parent = e == null ? null : Containment.parentOf(design, e);
            if (e == null || (parent != null && moved.contains(parent)) || target.get(id) == null) {
                continue;
            }
            Outcome home = rehome(design, e, parent, target.get(id), moved);
            if (!home.accepted()) {
                return home;
            }
            if (home.command() != NO_CHANGE) {
                parts.add(home.command());
            }
        }
        parts.add(0, new SetBoundsCommand("Move", target));
        String label = parts.size() == 1 ? "Move" : "Move into container";
        return Outcome.of(parts.size() == 1 ? parts.get(0) : new CompositeCommand(label, parts));
    }

    private static final Command NO_CHANGE = new CompositeCommand("nothing", List.of());

    private static Outcome rehome(Design design, Element e, String oldParent, Bounds at, Set<String> moving) {
        ElementKind required = Containment.requiredParent(e.kind());
        if (required == null || e instanceof LoadBalancer) {
            return Outcome.of(NO_CHANGE);
        }
        ElementKind lookFor = e.kind() == ElementKind.DB_INSTANCE ? ElementKind.AVAILABILITY_ZONE : required;
        Element parent = containerAt(design, lookFor, at.centerX(), at.centerY(), moving);
        if (parent == null) {
            return Outcome.refused(Containment.refusal(e.kind()));
        }
        if (e.kind() == ElementKind.DB_INSTANCE) {
            Element subnet = containerAt(design, ElementKind.SUBNET, at.centerX(), at.centerY(), moving);
            parent = subnet != null ? subnet : parent;
        }
        if (parent.id().equals(oldParent)) {
            return Outcome.of(NO_CHANGE);
        }
        Element rehomed = Reparenting.into(e, parent, oldParent);
        if (rehomed == null) {
            return Outcome.refused("A " + Containment.phrase(e.kind()) + " cannot move into " + parent.name());
        }
        if (rehomed.equals(e)) {
            return Outcome.of(NO_CHANGE);
        }
        return Outcome.of(new PutElementCommand("Move " + e.name() + " into " + parent.name(), rehomed));
    }

    public static Outcome resize(Design design, String id, Bounds newBounds) {
        if (newBounds.width() < 80 || newBounds.height() < 60) {
            return Outcome.refused("Too small: a container is at least 80 x 60");
        }
        return Outcome.of(new SetBoundsCommand("Resize " + design.nameOf(id), Map.of(id, newBounds)));
    }

    public static Outcome connect(Design design, String fromId, String toId) {
        Element from = design.get(fromId);
        Element to = design.get(toId);
        if (from == null || to == null) {
            return Outcome.refused("Drop the connection on an element");
        }
        Connections.Result r = Connections.connect(from, to);
        if (!r.accepted()) {
            return Outcome.refused(r.refusal());
        }
        return Outcome.of(new PutElementCommand("Connect " + from.name() + " to " + to.name(), r.updated()));
    }
}
