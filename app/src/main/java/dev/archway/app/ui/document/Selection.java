package dev.archway.app.ui.document;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The ids of the selected elements, in the order they were selected; views listen to it. */
public final class Selection {
    private final Set<String> ids = new LinkedHashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Set<String> ids() {
        return Set.copyOf(ids);
    }

    public List<String> ordered() {
        return List.copyOf(ids);
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The single selected id, or null when zero or several are selected. */
    public String single() {
        return ids.size() == 1 ? ids.iterator().next() : null;
    }

    public void set(Collection<String> newIds) {
        if (ids.size() == newIds.size() && ids.containsAll(newIds)) {
            return;
        }
        ids.clear();
        ids.addAll(newIds);
        fire();
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
        fire();
    }

    public void clear() {
        set(List.of());
    }

    /** Forgets ids that no longer exist. */
    public void retain(java.util.function.Predicate<String> exists) {
        if (ids.removeIf(id -> !exists.test(id))) {
            fire();
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
