package dev.archway.model.command;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a design's contents (elements, layout, kept CloudFormation extras) those of another design, changing only
 * what differs; undo restores the contents it found. How a design re-evaluated under other assumptions (a template
 * Parameter's value, a fact about an outside subnet) replaces the open one as one undoable step.
 */
public final class ReplaceDesignCommand implements Command {
    private final String label;
    private final Design target;
    private Design before;

    public ReplaceDesignCommand(String label, Design target) {
        this.label = label;
        this.target = target.copy();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Design design) {
        before = design.copy();
        become(design, target);
    }

    @Override
    public void revert(Design design) {
        become(design, before);
    }

    private static void become(Design design, Design contents) {
        design.batch(() -> {
            for (Element e : java.util.List.copyOf(design.elements())) {
                Element wanted = contents.get(e.id());
                if (wanted == null || !wanted.name().equals(e.name())) {
                    design.remove(e.id());
                }
            }
            for (Element e : contents.elements()) {
                if (!e.equals(design.get(e.id()))) {
                    design.put(e);
                }
            }
            for (Element e : contents.elements()) {
                Bounds b = contents.bounds(e.id());
                if (!Objects.equals(b, design.bounds(e.id()))) {
                    design.setBounds(e.id(), b);
                }
                Map<String, Object> extras = contents.cfnExtras(e.id());
                if (!extras.equals(design.cfnExtras(e.id()))) {
                    design.setCfnExtras(e.id(), extras);
                }
            }
        });
    }
}
