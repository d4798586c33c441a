package dev.archway.model.validation;

import dev.archway.model.catalog.ElementTypes;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.query.DesignReads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The validator's reads of a design: referrers by type come from lookup maps kept current edit by edit, and while
 * recording, every read is logged, so that the incremental validator learns exactly which elements a check depended
 * on. Rules ask their questions through a {@link dev.archway.model.query.Topology} built on this reader.
 */
final class RecordingDesignReads implements DesignReads {
    private final Design design;
    private final Map<String, Map<Class<?>, TreeSet<String>>> referrers = new HashMap<>();
    private Set<String> reads;

    RecordingDesignReads(Design design) {
        this.design = design;
        design.elements().forEach(e -> link(e, true));
    }

    /** Keeps the lookup maps current after an element was added ({@code old} null), replaced or removed. */
    void update(Element old, Element now) {
        if (old != null) {
            link(old, false);
        }
        if (now != null) {
            link(now, true);
        }
    }

    void recordInto(Set<String> readLog) {
        this.reads = readLog;
    }

    private void link(Element e, boolean add) {
        for (String ref : e.references()) {
            Map<Class<?>, TreeSet<String>> byType = referrers.computeIfAbsent(ref, k -> new HashMap<>());
            TreeSet<String> ids = byType.computeIfAbsent(e.getClass(), k -> new TreeSet<>());
            if (add) {
                ids.add(e.id());
            } else {
                ids.remove(e.id());
            }
        }
    }

    private void record(String key) {
        if (reads != null) {
            reads.add(key);
        }
    }

    static String elementKey(String id) {
        return "i:" + id;
    }

    static String referrersKey(String id, Class<?> type) {
        return "r:" + id + ":" + type.getName();
    }

    static String typeKey(Class<?> type) {
        return "t:" + type.getName();
    }

    /** An element's kept CloudFormation extras, which change without the element changing. */
    static String extrasKey(String id) {
        return "x:" + id;
    }

    /** Every element's extras, as the whole design reads them. */
    static String allExtrasKey() {
        return "x*";
    }

    @Override
    public Element get(String id) {
        if (id == null) {
            return null;
        }
        record(elementKey(id));
        return design.get(id);
    }

    @Override
    public <T extends Element> List<T> referrers(String id, Class<T> type) {
        record(referrersKey(id, type));
        TreeSet<String> ids = referrers.getOrDefault(id, Map.of()).get(type);
        if (ids == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(ids.size());
        for (String referrer : ids) {
            Element e = get(referrer);
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    @Override
    public Map<String, Object> cfnExtras(String id) {
        record(extrasKey(id));
        return design.cfnExtras(id);
    }

    @Override
    public <T extends Element> List<T> all(Class<T> type) {
        record(typeKey(type));
        return design.all(type);
    }

    /** The whole design: the reader depends on every element type and every extra, so any change re-runs it. */
    @Override
    public Design design() {
        for (ElementKind kind : ElementKind.values()) {
            record(typeKey(ElementTypes.of(kind)));
        }
        record(allExtrasKey());
        return design;
    }
}
