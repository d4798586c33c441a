package dev.archway.app.ui.edit;

import dev.archway.app.ui.Document;
import dev.archway.app.ui.Selection;
import dev.archway.app.ui.canvas.Containment;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.Ids;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.DeletionPlanner;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.command.SetBoundsCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Edit-menu actions on the selection: delete, copy, paste, duplicate, align, select all. Each is one undo step. */
public final class EditActions {
    /** Which edge or centre line alignment lines up. */
    public enum Alignment { LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM }

    private final Selection selection;
    private Document document;
    private List<Element> clipboard = List.of();
    private Map<String, Bounds> clipboardBounds = Map.of();
    private int pasteCount;

    public EditActions(Selection selection) {
        this.selection = selection;
    }

    public void setDocument(Document doc) {
        document = doc;
    }

    private Design design() {
        return document.design();
    }

    /** Deletes the selection with what it contains and what cannot stay without it; the rest lets go of it. */
    public Outcome delete() {
        if (selection.isEmpty()) {
            return Outcome.refused("Nothing selected");
        }
        Set<String> chosen = withContents(selection.ids());
        String label = chosen.size() == 1 ? "Delete " + design().nameOf(chosen.iterator().next())
                : "Delete " + chosen.size() + " elements";
        DeletionPlanner.Deletion deletion = DeletionPlanner.plan(design(), chosen, label);
        if (deletion.refused()) {
            return Outcome.refused(deletion.refusal());
        }
        int more = deletion.removedIds().size() - chosen.size();
        return Outcome.of(more == 0 ? deletion.command() : new CompositeCommand(label + " and " + more
                + (more == 1 ? " element" : " elements") + " that depended on it", deletion.command().parts()));
    }

    private Set<String> withContents(Set<String> ids) {
        Map<String, List<String>> children = Containment.childrenIndex(design());
        Set<String> all = new LinkedHashSet<>(ids);
        ids.forEach(id -> all.addAll(Containment.descendants(children, id)));
        return all;
    }

    public int copy() {
        Set<String> ids = withContents(selection.ids());
        List<Element> copied = new ArrayList<>();
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        for (String id : ids) {
            Element e = design().get(id);
            if (e != null) {
                copied.add(e);
                if (design().bounds(id) != null) {
                    bounds.put(id, design().bounds(id));
                }
            }
        }
        clipboard = List.copyOf(copied);
        clipboardBounds = Map.copyOf(bounds);
        pasteCount = 0;
        return copied.size();
    }

    /** Pastes copies (new ids, unique names, references among them kept), offset so they do not hide the originals. */
    public Outcome paste() {
        if (clipboard.isEmpty()) {
            return Outcome.refused("The clipboard is empty");
        }
        pasteCount++;
        double offset = 32 * pasteCount;
        Map<String, String> remap = new HashMap<>();
        clipboard.forEach(e -> remap.put(e.id(), Ids.newId(e.kind())));
        Set<String> taken = new java.util.HashSet<>();
        List<Command> parts = new ArrayList<>();
        List<String> pasted = new ArrayList<>();
        for (Element e : clipboard) {
            String name = uniqueName(e.name(), taken);
            taken.add(name);
            Element copy = ElementCopier.copy(e, remap.get(e.id()), name, remap);
            Bounds b = clipboardBounds.get(e.id());
            parts.add(new PutElementCommand("Paste", copy, b == null ? null : b.moveBy(offset, offset)));
            pasted.add(copy.id());
        }
        String label = "Paste " + (parts.size() == 1 ? clipboard.get(0).name() : parts.size() + " elements");
        return new Outcome(new CompositeCommand(label, parts), String.join(",", pasted), null);
    }

    private String uniqueName(String base, Set<String> taken) {
        String stem = base.replaceAll("-copy\\d*$", "") + "-copy";
        String name = stem;
        int n = 2;
        while (design().byName(name).isPresent() || taken.contains(name)) {
            name = stem + n++;
        }
        return name;
    }

    public Outcome duplicate() {
        if (copy() == 0) {
            return Outcome.refused("Nothing selected");
        }
        return paste();
    }

    public Outcome align(Alignment how) {
        List<String> ids = selection.ordered();
        if (ids.size() < 2) {
            return Outcome.refused("Select two or more elements to align");
        }
        Bounds anchor = design().bounds(ids.get(0));
        Map<String, Bounds> target = new LinkedHashMap<>();
        for (String id : ids.subList(1, ids.size())) {
            Bounds b = design().bounds(id);
            if (b != null && anchor != null) {
                target.put(id, aligned(b, anchor, how));
            }
        }
        return Outcome.of(new SetBoundsCommand("Align " + how.name().toLowerCase(), target));
    }

    private static Bounds aligned(Bounds b, Bounds a, Alignment how) {
        switch (how) {
            case LEFT: return new Bounds(a.x(), b.y(), b.width(), b.height());
            case RIGHT: return new Bounds(a.x() + a.width() - b.width(), b.y(), b.width(), b.height());
            case CENTER: return new Bounds(a.centerX() - b.width() / 2, b.y(), b.width(), b.height());
            case TOP: return new Bounds(b.x(), a.y(), b.width(), b.height());
            case BOTTOM: return new Bounds(b.x(), a.y() + a.height() - b.height(), b.width(), b.height());
            default: return new Bounds(b.x(), a.centerY() - b.height() / 2, b.width(), b.height());
        }
    }
}
