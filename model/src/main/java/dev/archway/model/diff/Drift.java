package dev.archway.model.diff;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementFields;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.edit.ElementCopier;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a live account drifted from its design: what the account has that the design lacks ({@link #accountOnly}),
 * what the design has that the account lacks ({@link #designOnly}), and what differs, property by property. The
 * account's elements are first paired with the design's ({@link DriftMatcher}) and given their ids and names, so
 * that the {@link DesignDiff} lessons draw compares like with like; the layout and names are not compared.
 * Application nodes and opaque resources are the design's own notes, never read from an account, so they are left
 * out on both sides.
 */
public record Drift(DesignDiff diff, Design design, Design account) {
    static final Set<ElementKind> NOT_IN_ACCOUNTS = Set.of(ElementKind.APP_NODE, ElementKind.OPAQUE);
    private static final double GAP = 120;

    public static Drift between(Design design, Design account) {
        return between(design, account, Map.of());
    }

    /**
     * As {@link #between(Design, Design)}, knowing which CloudFormation stack resource each account element (by id)
     * was deployed as: such an element pairs first with the design element of that logical id.
     */
    public static Drift between(Design design, Design account, Map<String, StackResource> deployedBy) {
        Design compared = comparedPart(design);
        Map<String, String> pairs = DriftMatcher.match(compared, account, new StackLogicalIds(design, deployedBy));
        Design aligned = aligned(compared, account, pairs);
        return new Drift(DesignDiff.between(compared, aligned), compared, aligned);
    }

    public boolean isEmpty() {
        return diff.isEmpty();
    }

    public List<ElementChange> accountOnly() {
        return diff.of(ElementChange.Type.ADDED);
    }

    public List<ElementChange> designOnly() {
        return diff.of(ElementChange.Type.REMOVED);
    }

    public List<ElementChange> differing() {
        return diff.of(ElementChange.Type.CHANGED);
    }

    /** For a differing element: each property that differs, with its value in the design and in the account. */
    public List<PropertyChange> properties(ElementChange change) {
        if (change.type() != ElementChange.Type.CHANGED) {
            return List.of();
        }
        Map<String, Object> before = ElementFields.of(change.before());
        Map<String, Object> after = ElementFields.of(change.after());
        return change.fields().stream().map(f -> new PropertyChange(f, before.get(f), after.get(f))).toList();
    }

    /** The name of the element an id stands for, on either side (ids are shared once paired). */
    public String nameOf(String id) {
        return design.contains(id) ? design.nameOf(id) : account.nameOf(id);
    }

    /** The elements of a design that an account can be compared with. */
    static Collection<Element> compared(Design d) {
        return d.elements().stream().filter(e -> !NOT_IN_ACCOUNTS.contains(e.kind())).toList();
    }

    private static Design comparedPart(Design design) {
        Design part = new Design(design.name());
        for (Element e : compared(design)) {
            part.put(e);
            part.setBounds(e.id(), design.bounds(e.id()));
        }
        return part;
    }

    /**
     * The account's elements under their design counterparts' ids and names, pointing at each other by those ids.
     * A paired element is not placed (so its layout never counts); one only in the account keeps its own place,
     * moved to the right of the design, where a diff view draws it.
     */
    private static Design aligned(Design design, Design account, Map<String, String> pairs) {
        Map<String, String> ids = new HashMap<>();
        pairs.forEach((from, to) -> {
            if (!from.equals(to)) {
                ids.put(from, to);
            }
        });
        for (Element a : compared(account)) {
            if (!pairs.containsKey(a.id()) && design.contains(a.id())) {
                ids.put(a.id(), Ids.newId(a.kind()));
            }
        }
        Design out = new Design(account.name());
        for (Element a : compared(account)) {
            String designId = pairs.get(a.id());
            if (designId != null) {
                out.put(renamed(a, designId, design.nameOf(designId), ids));
            }
        }
        double[] offset = offset(design, account);
        for (Element a : compared(account)) {
            if (!pairs.containsKey(a.id())) {
                String id = ids.getOrDefault(a.id(), a.id());
                out.put(renamed(a, id, freeName(out, design, a.name()), ids));
                Bounds b = account.bounds(a.id());
                out.setBounds(id, b == null ? null : b.moveBy(offset[0], offset[1]));
            }
        }
        return out;
    }

    /**
     * The element under the given id and name, pointing at the renamed ids; as it is when nothing it names changes
     * (a design saved from an import: every id already the account's), which keeps a large comparison cheap.
     */
    private static Element renamed(Element a, String id, String name, Map<String, String> ids) {
        boolean untouched = a.id().equals(id) && a.references().stream().noneMatch(ids::containsKey);
        if (untouched) {
            return a.name().equals(name) ? a : a.withName(name);
        }
        return ElementCopier.copy(a, id, name, ids);
    }

    private static String freeName(Design out, Design design, String name) {
        String candidate = name;
        for (int n = 2; out.byName(candidate).isPresent() || design.byName(candidate).isPresent(); n++) {
            candidate = name + " (account " + n + ")";
        }
        return candidate;
    }

    /** Moves the account's drawing so that its left edge is {@link #GAP} right of the design's, tops aligned. */
    private static double[] offset(Design design, Design account) {
        double[] to = extent(design.layout().values());
        double[] from = extent(account.layout().values());
        if (from == null) {
            return new double[] {0, 0};
        }
        return to == null ? new double[] {-from[0], -from[1]} : new double[] {to[2] + GAP - from[0], to[1] - from[1]};
    }

    private static double[] extent(Collection<Bounds> bounds) {
        if (bounds.isEmpty()) {
            return null;
        }
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Bounds b : bounds) {
            e[0] = Math.min(e[0], b.x());
            e[1] = Math.min(e[1], b.y());
            e[2] = Math.max(e[2], b.x() + b.width());
        }
        return e;
    }
}
