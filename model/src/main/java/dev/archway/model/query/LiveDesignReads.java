package dev.archway.model.query;

import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads of a design as it is when asked: the reverse index behind {@link #referrers} is rebuilt, once, whenever the
 * design has changed since it was built.
 */
final class LiveDesignReads implements DesignReads {
    private final Design design;
    private Map<String, List<Element>> referrers = Map.of();
    private long indexedRevision = -1;

    LiveDesignReads(Design design) {
        this.design = design;
    }

    @Override
    public Design design() {
        return design;
    }

    @Override
    public Element get(String id) {
        return id == null ? null : design.get(id);
    }

    @Override
    public <T extends Element> List<T> referrers(String id, Class<T> type) {
        if (indexedRevision != design.revision()) {
            referrers = reverseIndex();
            indexedRevision = design.revision();
        }
        return referrers.getOrDefault(id, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public Map<String, Object> cfnExtras(String id) {
        return design.cfnExtras(id);
    }

    @Override
    public <T extends Element> List<T> all(Class<T> type) {
        return design.all(type);
    }

    private Map<String, List<Element>> reverseIndex() {
        Map<String, List<Element>> index = new HashMap<>();
        for (Element e : design.elements()) {
            for (String ref : new LinkedHashSet<>(e.references())) {
                index.computeIfAbsent(ref, k -> new ArrayList<>()).add(e);
            }
        }
        index.values().forEach(list -> list.sort(Comparator.comparing(Element::id)));
        return index;
    }
}
