package dev.archway.model.edit;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.DeletionPlanner;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.command.SetBoundsCommand;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every editing gesture as an {@link Edit}: creating an element where it was dropped, moving elements (and what they
 * hold) into a new container, reparenting, resizing, connecting, deleting, pasting, aligning. Every refusal says why.
 */
public final class DesignEdits {
    private static final Command NO_CHANGE = new CompositeCommand("nothing", List.of());

    private DesignEdits() {
    }

    /**
     * A palette drop of {@code kind} at model point (x, y): it lands fully inside its container (which grows to fit)
     * and clear of what is there. A VPC dropped where there is no region at all gets its region.
     */
    public static Edit create(Design design, ElementKind kind, double x, double y) {
        ElementKind required = Containment.requiredParent(kind);
        Element parent = required == null ? null : Placement.containerAt(design, required, x, y, Set.of());
        if (required != null && parent == null) {
            return kind == ElementKind.VPC && design.all(Region.class).isEmpty() ? vpcWithRegion(design, x, y)
                    : Edit.refused(Containment.refusal(kind));
        }
        Element created = linkToTarget(design, ElementFactory.create(design, kind, parent), x, y);
        if (created == null) {
            return Edit.refused(kind == ElementKind.LISTENER ? "A listener must be dropped on a load balancer"
                    : "A listener rule must be dropped on a listener");
        }
        List<Element> alongside = new ArrayList<>();
        if (created instanceof DbInstance db) {
            AuroraCluster cluster = DbMembership.clusterFor(design, (Subnet) parent);
            if (cluster == null) { // no Aurora here: an RDS instance of its own
                List<Element> own = DbMembership.onItsOwn(design, db, (Subnet) parent);
                created = own.get(0);
                alongside.addAll(own.subList(1, own.size()));
            } else {
                created = DbMembership.inCluster(db, cluster.id());
                alongside.addAll(DbMembership.join(design, (DbInstance) created, cluster, (Subnet) parent));
            }
        }
        if (created instanceof Listener l && l.protocol().terminatesTls()) {
            alongside.addAll(ListenerSecurity.redirectsToTls(design, l));
        }
        Landing.Landed landed = Landing.place(design, parent, kind, Placement.dropBounds(kind, x, y));
        List<Command> parts = new ArrayList<>();
        parts.add(new PutElementCommand("Add " + created.name(), created, landed.at()));
        alongside.forEach(e -> parts.add(new PutElementCommand("Update " + e.name(), e)));
        if (!landed.grown().isEmpty()) {
            parts.add(new SetBoundsCommand("Grow to fit", landed.grown()));
        }
        String label = "Add " + created.name();
        return Edit.of(parts.size() == 1 ? parts.get(0) : new CompositeCommand(label, parts), created.id());
    }

    private static Edit vpcWithRegion(Design design, double x, double y) {
        Element region = ElementFactory.create(design, ElementKind.REGION, null);
        Bounds vpcAt = Placement.dropBounds(ElementKind.VPC, x, y);
        Bounds regionAt = new Bounds(vpcAt.x() - 2 * Landing.PAD, vpcAt.y() - 2 * Landing.TITLE,
                vpcAt.width() + 4 * Landing.PAD, vpcAt.height() + 2 * Landing.TITLE + 2 * Landing.PAD);
        Element vpc = ElementFactory.create(design, ElementKind.VPC, region);
        return Edit.of(new CompositeCommand("Add " + vpc.name() + " in " + region.name(), List.of(
                new PutElementCommand("Add " + region.name(), region, regionAt),
                new PutElementCommand("Add " + vpc.name(), vpc, vpcAt))), vpc.id());
    }

    /** A listener dropped on a load balancer joins it; a rule dropped on a listener joins that; else null. */
    private static Element linkToTarget(Design design, Element created, double x, double y) {
        if (created instanceof Listener l) {
            Element lb = Placement.containerAt(design, ElementKind.LOAD_BALANCER, x, y, Set.of());
            if (lb != null) {
                return onFreePort(design, ListenerSecurity.fittedTo(design,
                        (Listener) Connections.connect(design, l, lb).updated().get(0)));
            }
            return null;
        }
        if (created instanceof ListenerRule r) {
            Element listener = Placement.containerAt(design, ElementKind.LISTENER, x, y, Set.of());
            if (listener != null) {
                return new ListenerRule(r.id(), r.name(), listener.id(),
                        SmartDefaults.nextRulePriority(design, listener.id()), r.conditions(), r.actions());
            }
            return null;
        }
        return created;
    }

    /** The second listener of a balancer is the TLS one on 443; later ones take the next free port. */
    private static Listener onFreePort(Design design, Listener l) {
        java.util.Set<Integer> used = SmartDefaults.usedPorts(design, l.loadBalancerId());
        if (!used.contains(l.port())) {
            return l;
        }
        if (!used.contains(ListenerSecurity.TLS_PORT)) {
            Listener tls = ListenerSecurity.withProtocol(design, l, ListenerSecurity.tlsProtocol(design, l));
            return new Listener(tls.id(), tls.name(), tls.loadBalancerId(), tls.protocol(), ListenerSecurity.TLS_PORT,
                    tls.certificateIds(), tls.sslPolicy(), tls.defaultActions());
        }
        int port = l.port();
        while (used.contains(port)) {
            port++;
        }
        return new Listener(l.id(), l.name(), l.loadBalancerId(), l.protocol(), port, l.certificateIds(),
                l.sslPolicy(), l.defaultActions());
    }

    /** Moves the given elements (and everything drawn inside them) by (dx, dy), re-homing each into its new container. */
    public static Edit move(Design design, Collection<String> ids, double dx, double dy) {
        Set<String> moved = withContents(design, ids);
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
            Edit home = rehome(design, e, parent, target.get(id), moved);
            if (!home.accepted()) {
                return home;
            }
            if (home.command() != NO_CHANGE) {
                parts.add(home.command());
            }
        }
        parts.add(0, new SetBoundsCommand("Move", target));
        String label = parts.size() == 1 ? "Move" : "Move into container";
        return Edit.of(parts.size() == 1 ? parts.get(0) : new CompositeCommand(label, parts));
    }

    private static Edit rehome(Design design, Element e, String oldParent, Bounds at, Set<String> moving) {
        ElementKind required = Containment.requiredParent(e.kind());
        if (required == null || e instanceof LoadBalancer) {
            return Edit.of(NO_CHANGE);
        }
        ElementKind lookFor = e.kind() == ElementKind.DB_INSTANCE ? ElementKind.AVAILABILITY_ZONE : required;
        Element parent = Placement.containerAt(design, lookFor, at.centerX(), at.centerY(), moving);
        if (parent == null) {
            return Edit.refused(Containment.refusal(e.kind()));
        }
        if (e.kind() == ElementKind.DB_INSTANCE) {
            Element subnet = Placement.containerAt(design, ElementKind.SUBNET, at.centerX(), at.centerY(), moving);
            parent = subnet != null ? subnet : parent;
        }
        if (parent.id().equals(oldParent)) {
            return Edit.of(NO_CHANGE);
        }
        return reparent(design, e, parent, oldParent);
    }

    /** Puts an element into another container (a subnet into another AZ, an instance into another subnet). */
    public static Edit reparent(Design design, String id, String parentId) {
        Element e = design.get(id);
        Element parent = design.get(parentId);
        if (e == null || parent == null) {
            return Edit.refused("Pick an element and the container to put it in");
        }
        ElementKind required = Containment.requiredParent(e.kind());
        boolean dbInAz = e.kind() == ElementKind.DB_INSTANCE && parent.kind() == ElementKind.AVAILABILITY_ZONE;
        if (required != parent.kind() && !dbInAz) {
            return Edit.refused(Containment.refusal(e.kind()));
        }
        Edit edit = reparent(design, e, parent, Containment.parentOf(design, e));
        return edit.command() == NO_CHANGE ? Edit.refused(e.name() + " is already in " + parent.name())
                : Edit.of(edit.command(), id);
    }

    private static Edit reparent(Design design, Element e, Element parent, String oldParent) {
        Element rehomed = Reparenting.into(e, parent, oldParent);
        if (rehomed == null) {
            return Edit.refused("A " + Containment.phrase(e.kind()) + " cannot move into " + parent.name());
        }
        if (rehomed.equals(e)) {
            return Edit.of(NO_CHANGE);
        }
        return Edit.of(new PutElementCommand("Move " + e.name() + " into " + parent.name(), rehomed));
    }

    public static Edit resize(Design design, String id, Bounds newBounds) {
        if (newBounds.width() < 80 || newBounds.height() < 60) {
            return Edit.refused("Too small: a container is at least 80 x 60");
        }
        return Edit.of(new SetBoundsCommand("Resize " + design.nameOf(id), Map.of(id, newBounds)));
    }

    /** A drag from one element's handle to another: see {@link Connections} for what each pair means. */
    public static Edit connect(Design design, String fromId, String toId) {
        Element from = design.get(fromId);
        Element to = design.get(toId);
        if (from == null || to == null) {
            return Edit.refused("Drop the connection on an element");
        }
        Connections.Result r = Connections.connect(design, from, to);
        if (!r.accepted()) {
            return Edit.refused(r.refusal());
        }
        String label = "Connect " + from.name() + " to " + to.name();
        return Edit.of(puts(label, r.updated()));
    }

    /** One undo step that puts each element (the first one names it). */
    public static Command puts(String label, List<Element> elements) {
        if (elements.size() == 1) {
            return new PutElementCommand(label, elements.get(0));
        }
        List<Command> parts = new ArrayList<>();
        elements.forEach(e -> parts.add(new PutElementCommand(label, e)));
        return new CompositeCommand(label, parts);
    }

    /**
     * The subnets a load balancer uses; its bar stretches across them (at a height where it covers nothing else), as
     * AWS diagrams draw a load balancer over its subnets.
     */
    public static Edit loadBalancerSubnets(Design design, String lbId, List<String> subnetIds) {
        LoadBalancer lb = design.get(lbId, LoadBalancer.class);
        if (lb == null) {
            return Edit.refused("Pick a load balancer");
        }
        String label = "Subnets of " + lb.name();
        PutElementCommand put = new PutElementCommand(label, lb.withSubnets(subnetIds));
        Bounds bar = design.bounds(lbId);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (String id : subnetIds) {
            Bounds b = design.bounds(id);
            if (b != null) {
                min = Math.min(min, b.x());
                max = Math.max(max, b.x() + b.width());
            }
        }
        if (bar == null || min >= max) {
            return Edit.of(put, lbId);
        }
        Bounds spanned = Landing.clearSpot(design, lb, new Bounds(min + 8, bar.y(), max - min - 16, bar.height()));
        return Edit.of(new CompositeCommand(label, List.of(put, new SetBoundsCommand(label, Map.of(lbId, spanned)))),
                lbId);
    }

    /** Renames an element; a security group's description follows when it was made from the old name. */
    public static Edit rename(Design design, String id, String newName) {
        Element e = design.get(id);
        if (e == null || newName.isBlank()) {
            return Edit.refused("A name is required");
        }
        if (design.byName(newName).filter(o -> !o.id().equals(id)).isPresent()) {
            return Edit.refused("Another element is named " + newName);
        }
        Element renamed = e.withName(newName);
        if (e instanceof dev.archway.model.network.SecurityGroup sg && (sg.description() == null
                || sg.description().equals(sg.name()) || sg.description().equals("Security group " + sg.name()))) {
            renamed = new dev.archway.model.network.SecurityGroup(id, newName, sg.vpcId(), "Security group " + newName,
                    sg.ingress(), sg.egress());
        }
        return Edit.of(new PutElementCommand("Rename " + e.name(), renamed));
    }

    /** Deletes the elements with what they contain and what cannot stay without them; the rest lets go of them. */
    public static Edit delete(Design design, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Edit.refused("Nothing selected");
        }
        Set<String> chosen = withContents(design, ids);
        String label = chosen.size() == 1 ? "Delete " + design.nameOf(chosen.iterator().next())
                : "Delete " + chosen.size() + " elements";
        DeletionPlanner.Deletion deletion = DeletionPlanner.plan(design, chosen, label);
        if (deletion.refused()) {
            return Edit.refused(deletion.refusal());
        }
        int more = deletion.removedIds().size() - chosen.size();
        return Edit.of(more == 0 ? deletion.command() : new CompositeCommand(label + " and " + more
                + (more == 1 ? " element" : " elements") + " that depended on it", deletion.command().parts()));
    }

    /** The given elements and everything drawn inside them, at any depth. */
    public static Set<String> withContents(Design design, Collection<String> ids) {
        Map<String, List<String>> children = Containment.childrenIndex(design);
        Set<String> all = new LinkedHashSet<>(ids);
        ids.forEach(id -> all.addAll(Containment.descendants(children, id)));
        return all;
    }

    /** What a copy of the given elements (with their contents) puts on the clipboard. */
    public static Clipboard copy(Design design, Collection<String> ids) {
        List<Element> copied = new ArrayList<>();
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        for (String id : withContents(design, ids)) {
            Element e = design.get(id);
            if (e != null) {
                copied.add(e);
                if (design.bounds(id) != null) {
                    bounds.put(id, design.bounds(id));
                }
            }
        }
        return new Clipboard(copied, bounds);
    }

    /** Pastes copies (new ids, unique names, references among them kept), moved by {@code offset} on both axes. */
    public static Edit paste(Design design, Clipboard clipboard, double offset) {
        return clipboard.isEmpty() ? Edit.refused("The clipboard is empty") : Paste.of(design, clipboard, offset);
    }

    /** Lines the elements up with the first one. */
    public static Edit align(Design design, List<String> ids, Alignment how) {
        if (ids.size() < 2) {
            return Edit.refused("Select two or more elements to align");
        }
        Bounds anchor = design.bounds(ids.get(0));
        Map<String, Bounds> target = new LinkedHashMap<>();
        for (String id : ids.subList(1, ids.size())) {
            Bounds b = design.bounds(id);
            if (b != null && anchor != null) {
                target.put(id, how.apply(b, anchor));
            }
        }
        return Edit.of(new SetBoundsCommand("Align " + how.name().toLowerCase(java.util.Locale.ROOT), target));
    }
}
