package dev.archway.model.stacks;

import dev.archway.model.Design;
import dev.archway.model.rule.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which stack each element of a design made from several templates comes from: the one home of that fact, kept in
 * the element's CloudFormation extras under {@value #KEY} as {@code Stack} (the stack's name), {@code File} (the
 * template's file name), {@code LocalName} (the element's name in its own template, when the design had to tell it
 * from another stack's) and {@code ImportedAs} (per other stack, the {@code Fn::ImportValue} by which that stack
 * refers to the element). A design from one template has no such extras.
 */
public final class SourceStacks {
    public static final String KEY = "Archway::Stack";
    public static final String STACK = "Stack";
    public static final String FILE = "File";
    public static final String LOCAL_NAME = "LocalName";
    public static final String IMPORTED_AS = "ImportedAs";

    private SourceStacks() {
    }

    /** The stack the element comes from, or null (a design from one template, or an element the user added). */
    public static String stackOf(Design design, String elementId) {
        Object stack = entry(design, elementId).get(STACK);
        return stack instanceof String s ? s : null;
    }

    /** The template file of the element's stack, or null. */
    public static String fileOf(Design design, String elementId) {
        Object file = entry(design, elementId).get(FILE);
        return file instanceof String s ? s : null;
    }

    /** The element's name in its own template, when the design had to tell it apart; else null. */
    public static Object localName(Design design, String elementId) {
        return entry(design, elementId).get(LOCAL_NAME);
    }

    /** How another stack writes this element: the {@code Fn::ImportValue} it read it as, or null. */
    public static Object importedAs(Design design, String elementId, String importingStack) {
        Object as = entry(design, elementId).get(IMPORTED_AS);
        return as instanceof Map<?, ?> m ? m.get(importingStack) : null;
    }

    /** The stacks of the design in the order their elements appear (empty for a design from one template). */
    public static List<String> stacks(Design design) {
        List<String> out = new ArrayList<>();
        design.elements().forEach(e -> {
            String stack = stackOf(design, e.id());
            if (stack != null && !out.contains(stack)) {
                out.add(stack);
            }
        });
        return out;
    }

    /** Whether the design comes from several templates that work together. */
    public static boolean isMultiStack(Design design) {
        return stacks(design).size() > 1;
    }

    /** The element's name with its stack, as findings and traces of a multi-stack design show it. */
    public static String label(Design design, String elementId) {
        String stack = stackOf(design, elementId);
        String name = design.nameOf(elementId);
        return stack == null || name.endsWith("(" + stack + ")") ? name : name + " (" + stack + ")";
    }

    /** The finding with each resource named with its stack (as is for a design from one template). */
    public static Finding labelled(Design design, Finding f) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < f.resourceIds().size(); i++) {
            String id = f.resourceIds().get(i);
            String name = i < f.resourceNames().size() ? f.resourceNames().get(i) : design.nameOf(id);
            String stack = stackOf(design, id);
            names.add(stack == null || name.endsWith("(" + stack + ")") ? name : name + " (" + stack + ")");
        }
        for (int i = f.resourceIds().size(); i < f.resourceNames().size(); i++) {
            names.add(f.resourceNames().get(i));
        }
        return new Finding(f.ruleId(), f.severity(), f.resourceIds(), names, f.message(), f.fix());
    }

    static Map<String, Object> entry(Design design, String elementId) {
        Object entry = design.cfnExtras(elementId).get(KEY);
        if (entry instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) m;
            return typed;
        }
        return Map.of();
    }
}
