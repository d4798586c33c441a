package dev.archway.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The document: the elements of one design and their diagram layout. Elements are immutable; the design changes
 * by {@link #put}, {@link #remove} and {@link #setBounds}, which the GUI reaches through commands.
 * Listeners hear one event per change, or one per {@link #batch} with all the ids it touched.
 */
public final class Design {
    private String name;
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<Class<?>, Map<String, Element>> byType = new HashMap<>();
    private final Map<String, String> idsByName = new HashMap<>();
    private final Map<String, Bounds> layout = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> cfnExtras = new LinkedHashMap<>();
    private final Set<String> unhealthyTargets = new java.util.TreeSet<>();
    private final List<DesignListener> listeners = new CopyOnWriteArrayList<>();
    private Set<String> pendingChanges;
    private long revision;

    public Design(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public long revision() {
        return revision;
    }

    public Collection<Element> elements() {
        return Collections.unmodifiableCollection(elements.values());
    }

    public int size() {
        return elements.size();
    }

    public Element get(String id) {
        return elements.get(id);
    }

    public boolean contains(String id) {
        return elements.containsKey(id);
    }

    public <T extends Element> T get(String id, Class<T> type) {
        Element e = elements.get(id);
        return type.isInstance(e) ? type.cast(e) : null;
    }

    @SuppressWarnings("unchecked")
    public <T extends Element> List<T> all(Class<T> type) {
        Map<String, Element> ofType = byType.get(type);
        return ofType == null ? List.of() : (List<T>) List.copyOf(ofType.values());
    }

    public Optional<Element> byName(String elementName) {
        return Optional.ofNullable(idsByName.get(elementName)).map(elements::get);
    }

    /** The element's name, or the id itself when no such element exists (for messages about dangling ids). */
    public String nameOf(String id) {
        Element e = elements.get(id);
        return e == null ? id : e.name();
    }

    /** Adds an element or replaces the one with the same id. Names must stay unique. */
    public void put(Element element) {
        Objects.requireNonNull(element.id(), "element id");
        if (element.name() == null || element.name().isBlank()) {
            throw new DesignException("element " + element.id() + " has no name");
        }
        String holder = idsByName.get(element.name());
        if (holder != null && !holder.equals(element.id())) {
            throw new DesignException("duplicate name '" + element.name() + "'");
        }
        Element old = elements.put(element.id(), element);
        if (old != null) {
            idsByName.remove(old.name());
            byType.get(old.getClass()).put(element.id(), element);
        } else {
            byType.computeIfAbsent(element.getClass(), k -> new LinkedHashMap<>()).put(element.id(), element);
        }
        idsByName.put(element.name(), element.id());
        changed(element.id());
    }

    /** Removes an element and its layout; returns it, or null if there was none. */
    public Element remove(String id) {
        Element old = elements.remove(id);
        if (old == null) {
            return null;
        }
        idsByName.remove(old.name());
        byType.get(old.getClass()).remove(id);
        layout.remove(id);
        cfnExtras.remove(id);
        unhealthyTargets.remove(id);
        unhealthyTargets.removeIf(key -> key.startsWith(id + "#")); // its instances or tasks
        changed(id);
        return old;
    }

    public Bounds bounds(String id) {
        return layout.get(id);
    }

    public Map<String, Bounds> layout() {
        return Collections.unmodifiableMap(layout);
    }

    /** Sets (or with null, clears) where an element is drawn. */
    public void setBounds(String id, Bounds bounds) {
        if (bounds == null) {
            layout.remove(id);
        } else {
            layout.put(id, bounds);
        }
        changed(id);
    }

    /**
     * CloudFormation properties and attributes of an element that the model does not interpret (imported from a
     * template), in template order; export writes them back. Empty when there are none.
     */
    public Map<String, Object> cfnExtras(String id) {
        return cfnExtras.getOrDefault(id, Map.of());
    }

    public Map<String, Map<String, Object>> allCfnExtras() {
        return Collections.unmodifiableMap(cfnExtras);
    }

    public void setCfnExtras(String id, Map<String, Object> extras) {
        if (extras == null || extras.isEmpty()) {
            cfnExtras.remove(id);
        } else {
            cfnExtras.put(id, Lists.copyOrdered(extras));
        }
        changed(id);
    }

    /**
     * Targets the AWS account reported unhealthy when the design was read from it, as the simulation keys them (an
     * element id, or {@code id#n} for one instance of an Auto Scaling group): the simulation starts with them marked
     * unhealthy ({@code SimulationScenario.startingFrom}). Empty for a drawn design.
     */
    public Set<String> unhealthyTargets() {
        return Collections.unmodifiableSet(unhealthyTargets);
    }

    public void setUnhealthyTargets(Set<String> targetIds) {
        unhealthyTargets.clear();
        unhealthyTargets.addAll(targetIds);
        targetIds.forEach(key -> changed(contains(key) || key.lastIndexOf('#') < 0 ? key
                : key.substring(0, key.lastIndexOf('#'))));
    }

    /** Runs several changes as one: listeners hear a single event listing every id touched. */
    public void batch(Runnable changes) {
        if (pendingChanges != null) {
            changes.run();
            return;
        }
        pendingChanges = new LinkedHashSet<>();
        try {
            changes.run();
        } finally {
            Set<String> touched = pendingChanges;
            pendingChanges = null;
            if (!touched.isEmpty()) {
                fire(touched);
            }
        }
    }

    public void addListener(DesignListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DesignListener listener) {
        listeners.remove(listener);
    }

    /** An independent copy (elements are immutable, so they are shared); listeners are not copied. */
    public Design copy() {
        Design copy = new Design(name);
        elements.values().forEach(copy::put);
        copy.layout.putAll(layout);
        copy.cfnExtras.putAll(cfnExtras);
        copy.unhealthyTargets.addAll(unhealthyTargets);
        copy.revision = 0;
        return copy;
    }

    private void changed(String id) {
        revision++;
        if (pendingChanges != null) {
            pendingChanges.add(id);
        } else {
            fire(Set.of(id));
        }
    }

    private void fire(Set<String> ids) {
        Set<String> view = Collections.unmodifiableSet(ids);
        listeners.forEach(l -> l.designChanged(this, view));
    }

    /** Same name, elements, layout, kept CloudFormation extras and observed health; order does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Design d && Objects.equals(name, d.name) && elements.equals(d.elements)
                && layout.equals(d.layout) && cfnExtras.equals(d.cfnExtras)
                && unhealthyTargets.equals(d.unhealthyTargets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, elements, layout);
    }

    @Override
    public String toString() {
        return "Design[" + name + ", " + elements.size() + " elements]";
    }
}
