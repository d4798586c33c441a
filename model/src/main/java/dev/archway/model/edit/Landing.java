package dev.archway.model.edit;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a new element lands: fully inside its container, clear of what is already there, and the container (and the
 * ones around it) grown to fit when it is too small.
 */
final class Landing {
    static final double PAD = 16;
    static final double TITLE = 32;
    private static final int MAX_TRIES = 200;

    /** The element's bounds and the containers that grow, by id. */
    record Landed(Bounds at, Map<String, Bounds> grown) {
    }

    private Landing() {
    }

    static Landed place(Design design, Element parent, ElementKind kind, Bounds wanted) {
        Bounds pb = parent == null ? null : design.bounds(parent.id());
        Bounds at = pb == null ? wanted : inside(wanted, pb);
        at = clear(design, parent, kind, at, pb);
        Map<String, Bounds> grown = new LinkedHashMap<>();
        Element holder = parent;
        Bounds content = at;
        while (holder != null && design.bounds(holder.id()) != null) {
            Bounds hb = grown.getOrDefault(holder.id(), design.bounds(holder.id()));
            Bounds fitted = grownToHold(hb, content);
            if (fitted.equals(hb)) {
                break;
            }
            grown.put(holder.id(), fitted);
            content = fitted;
            String up = Containment.parentOf(design, holder);
            holder = up == null ? null : design.get(up);
        }
        return new Landed(at, grown);
    }

    /** Shifted so its top-left lies inside the container, below the title, right or down as little as possible. */
    private static Bounds inside(Bounds b, Bounds pb) {
        double x = Math.min(b.x(), pb.x() + pb.width() - PAD - b.width());
        double y = Math.min(b.y(), pb.y() + pb.height() - PAD - b.height());
        x = Math.max(x, pb.x() + PAD);
        y = Math.max(y, pb.y() + TITLE);
        return new Bounds(Placement.snap(x), Placement.snap(y), b.width(), b.height());
    }

    /**
     * The first free spot scanning down from the drop point, then column by column to the right: a chip dropped on
     * a load balancer lands under it, a second instance in a subnet beside the first.
     */
    private static Bounds clear(Design design, Element parent, ElementKind kind, Bounds at, Bounds pb) {
        return clear(design, parent, kind, at, pb, null);
    }

    /** Where an element already drawn ({@code self}) goes when it is moved to {@code at}: clear of the others. */
    static Bounds clearSpot(Design design, Element self, Bounds at) {
        String parentId = Containment.parentOf(design, self);
        Element parent = parentId == null ? null : design.get(parentId);
        return clear(design, parent, self.kind(), at, parent == null ? null : design.bounds(parent.id()), self.id());
    }

    private static Bounds clear(Design design, Element parent, ElementKind kind, Bounds at, Bounds pb, String self) {
        List<Bounds> taken = design.elements().stream().filter(e -> !e.id().equals(self)
                && covers(design, e, parent, kind))
                .map(e -> design.bounds(e.id())).filter(b -> b != null).toList();
        double bottom = pb == null ? Double.MAX_VALUE : pb.y() + pb.height() - PAD;
        int tries = 0;
        for (int col = 0; tries < MAX_TRIES; col++) {
            for (int row = 0; tries < MAX_TRIES; row++, tries++) {
                Bounds b = at.moveBy(col * (at.width() + PAD), row * (at.height() + PAD));
                if (row > 0 && b.y() + b.height() > bottom) {
                    break;
                }
                if (!overlapsAny(taken, b)) {
                    return b;
                }
            }
        }
        return at;
    }

    /**
     * Boxes avoid their sibling boxes; icons and chips avoid every other icon and chip, and the boxes beside them in
     * their container (a group dropped in a VPC is not drawn over a zone it is not in).
     */
    private static boolean covers(Design design, Element e, Element parent, ElementKind kind) {
        boolean box = Containment.isContainer(kind);
        boolean other = Containment.isContainer(e.kind());
        if (!box && !other) {
            return true;
        }
        if (box && !other) {
            return false;
        }
        String p = Containment.parentOf(design, e);
        return parent == null ? p == null : parent.id().equals(p);
    }

    private static boolean overlapsAny(List<Bounds> taken, Bounds b) {
        return taken.stream().anyMatch(t -> overlap(t, b));
    }

    static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    private static Bounds grownToHold(Bounds hb, Bounds content) {
        double right = Math.max(hb.x() + hb.width(), content.x() + content.width() + PAD);
        double bottom = Math.max(hb.y() + hb.height(), content.y() + content.height() + PAD);
        double x = Math.min(hb.x(), content.x() - PAD);
        double y = Math.min(hb.y(), content.y() - TITLE);
        return new Bounds(x, y, right - x, bottom - y);
    }
}
