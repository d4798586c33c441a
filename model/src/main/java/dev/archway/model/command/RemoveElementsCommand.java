package dev.archway.model.command;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Removes elements with their layout; undo restores both. Callers decide what else goes (see DeletionPlanner). */
public final class RemoveElementsCommand implements Command {
    private final String label;
    private final List<String> ids;
    private final List<Element> removed = new ArrayList<>();
    private final Map<String, Bounds> removedBounds = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> removedExtras = new LinkedHashMap<>();

    public RemoveElementsCommand(String label, List<String> ids) {
        this.label = label;
        this.ids = List.copyOf(ids);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Design design) {
        removed.clear();
        removedBounds.clear();
        removedExtras.clear();
        design.batch(() -> {
            for (String id : ids) {
                Bounds b = design.bounds(id);
                Map<String, Object> extras = design.cfnExtras(id);
                Element e = design.remove(id);
                if (e != null) {
                    removed.add(e);
                    if (b != null) {
                        removedBounds.put(id, b);
                    }
                    if (!extras.isEmpty()) {
                        removedExtras.put(id, extras);
                    }
                }
            }
        });
    }

    @Override
    public void revert(Design design) {
        design.batch(() -> {
            removed.forEach(design::put);
            removedBounds.forEach(design::setBounds);
            removedExtras.forEach(design::setCfnExtras);
        });
    }
}
