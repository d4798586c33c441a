package dev.archway.model.edit;

import dev.archway.model.catalog.ElementTypes;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import java.util.Set;

/** Where things land on the canvas: the snap grid, the size of a new element, the container under a point. */
public final class Placement {
    public static final double SNAP = 8;
    /** Sizes of new elements, as the foundation's AWS diagram layout draws them: icons, chips, boxes. */
    public static final double ICON = 64;
    public static final double CHIP_W = 230;
    public static final double CHIP_H = 44;

    private Placement() {
    }

    public static double snap(double v) {
        return Math.round(v / SNAP) * SNAP;
    }

    /** The innermost container of the given kind under a point, ignoring {@code excluded} ids. */
    public static Element containerAt(Design design, ElementKind kind, double x, double y, Set<String> excluded) {
        Element best = null;
        double bestArea = Double.MAX_VALUE;
        for (Element e : design.all(ElementTypes.of(kind))) {
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

    /** Where a new element of {@code kind} dropped at (x, y) is drawn: containers hang from the drop point. */
    public static Bounds dropBounds(ElementKind kind, double x, double y) {
        Bounds b = defaultBounds(kind, x, y);
        return Containment.isContainer(kind) ? new Bounds(snap(x - b.width() / 2), snap(y - 20), b.width(), b.height())
                : b;
    }
}
