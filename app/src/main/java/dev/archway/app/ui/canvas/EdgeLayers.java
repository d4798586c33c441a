package dev.archway.app.ui.canvas;

import dev.archway.model.diagram.Relation;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The secondary relations (View > Layers): hidden unless their layer is switched on or one of their ends is
 * selected, because on any design of size they hide the request's path.
 */
public final class EdgeLayers {
    /** Each secondary relation kind with the name of its layer in the View menu. */
    public static final Map<Relation.Kind, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(Relation.Kind.SG_REFERENCE, "Security-group references");
        NAMES.put(Relation.Kind.CERTIFICATE, "Certificates");
        NAMES.put(Relation.Kind.ROUTE_TABLE, "Route tables");
        NAMES.put(Relation.Kind.RUNS_ON, "Where apps run");
    }

    private final Set<Relation.Kind> shown = EnumSet.noneOf(Relation.Kind.class);

    public boolean isShown(Relation.Kind kind) {
        return !kind.secondary() || shown.contains(kind);
    }

    public void show(Relation.Kind kind, boolean on) {
        if (on) {
            shown.add(kind);
        } else {
            shown.remove(kind);
        }
    }

    /** Whether the edge is drawn: a primary one always, a secondary one when its layer is on or an end is selected. */
    boolean draws(Relation edge, Set<String> selected) {
        return isShown(edge.kind()) || selected.contains(edge.from()) || selected.contains(edge.to());
    }

    /** Switches layers on by the names the CLI takes (sg, certificates, route-tables, apps, all). */
    public void showByName(String name) {
        switch (name) {
            case "sg", "security-groups" -> show(Relation.Kind.SG_REFERENCE, true);
            case "certificates", "certs" -> show(Relation.Kind.CERTIFICATE, true);
            case "route-tables" -> show(Relation.Kind.ROUTE_TABLE, true);
            case "apps" -> show(Relation.Kind.RUNS_ON, true);
            case "all" -> NAMES.keySet().forEach(k -> show(k, true));
            default -> throw new IllegalArgumentException("unknown layer '" + name
                    + "'; layers: sg, certificates, route-tables, apps, all");
        }
    }
}
