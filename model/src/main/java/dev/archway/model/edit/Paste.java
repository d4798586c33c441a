package dev.archway.model.edit;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.Ids;
import dev.archway.model.command.Command;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A paste: fresh ids, "-copy" names that are unique, and references among the pasted elements kept among them. */
final class Paste {
    private Paste() {
    }

    static Edit of(Design design, Clipboard clipboard, double offset) {
        Map<String, String> remap = new HashMap<>();
        clipboard.elements().forEach(e -> remap.put(e.id(), Ids.newId(e.kind())));
        Set<String> taken = new HashSet<>();
        List<Command> parts = new ArrayList<>();
        List<String> pasted = new ArrayList<>();
        for (Element e : clipboard.elements()) {
            String name = uniqueName(design, e.name(), taken);
            taken.add(name);
            Element copy = ElementCopier.copy(e, remap.get(e.id()), name, remap);
            Bounds b = clipboard.bounds().get(e.id());
            parts.add(new PutElementCommand("Paste", copy, b == null ? null : b.moveBy(offset, offset)));
            pasted.add(copy.id());
        }
        String label = "Paste " + (parts.size() == 1 ? clipboard.elements().get(0).name() : parts.size() + " elements");
        return Edit.of(new CompositeCommand(label, parts), pasted);
    }

    private static String uniqueName(Design design, String base, Set<String> taken) {
        String stem = base.replaceAll("-copy\\d*$", "") + "-copy";
        String name = stem;
        int n = 2;
        while (design.byName(name).isPresent() || taken.contains(name)) {
            name = stem + n++;
        }
        return name;
    }
}
