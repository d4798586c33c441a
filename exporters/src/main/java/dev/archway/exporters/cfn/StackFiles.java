package dev.archway.exporters.cfn;

import dev.archway.exporters.ExportOutput;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.stacks.CfnResourceCount;
import dev.archway.model.stacks.SourceStacks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A design made from several stacks, exported as it was read: a folder with one template per stack, under the
 * stack's file name. Each template is the export of the stack's part of the design, in which every other stack's
 * element it refers to is external and written as the {@code Fn::ImportValue} the stack read it as
 * ({@link SourceStacks}), so Outputs, Exports and imports come back as they were. An element the user added belongs
 * to the stack of what it sits in or refers to.
 */
public final class StackFiles {
    private StackFiles() {
    }

    static ExportOutput render(Design design, String extension, Function<Map<String, Object>, String> writer) {
        Map<String, String> files = new LinkedHashMap<>();
        for (StackTemplates.StackTemplate t : StackTemplates.of(design)) {
            String file = fileName(design, t.stack(), extension);
            if (files.containsKey(file)) {
                file = t.stack() + extension;
            }
            files.put(file, writer.apply(t.template()));
        }
        return ExportOutput.directory(files);
    }

    /** The stack's template file name, its extension changed only where it names the other format. */
    private static String fileName(Design design, String stack, String extension) {
        String file = design.elements().stream().filter(e -> stack.equals(SourceStacks.stackOf(design, e.id())))
                .map(e -> SourceStacks.fileOf(design, e.id())).filter(f -> f != null).findFirst()
                .orElse(stack + extension);
        boolean yaml = file.matches("(?i).*\\.ya?ml$");
        boolean json = file.matches("(?i).*\\.json$");
        if (extension.equals(".json") && yaml || extension.equals(".yaml") && json) {
            return file.substring(0, file.lastIndexOf('.')) + extension;
        }
        return file;
    }

    /**
     * For each stack of the design, the stacks it takes elements from (through an import or a Parameter), so that it
     * deploys after them; an edge that would close a cycle is left out (CloudFormation could not deploy it either).
     */
    public static Map<String, Set<String>> takesFrom(Design design) {
        Map<String, Set<String>> from = new LinkedHashMap<>();
        SourceStacks.stacks(design).forEach(s -> from.put(s, new java.util.LinkedHashSet<>()));
        crossStackReferences(design, (stack, id, theirs) -> {
            if (from.containsKey(stack) && !reaches(from, theirs, stack)) {
                from.get(stack).add(theirs);
            }
        });
        return from;
    }

    /** What a cross-stack reference is: the referring element's stack, the element referred to, and its stack. */
    interface CrossStackReference {
        void accept(String stack, String elementId, String owner);
    }

    /** Every reference from one stack's element to an element another stack owns. */
    static void crossStackReferences(Design design, CrossStackReference each) {
        for (Element e : design.elements()) {
            String stack = stackFor(design, e, 0);
            for (String id : e.references()) {
                String owner = SourceStacks.stackOf(design, id);
                if (owner != null && !owner.equals(stack)) {
                    each.accept(stack, id, owner);
                }
            }
        }
    }

    private static boolean reaches(Map<String, Set<String>> from, String start, String goal) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (s.equals(goal)) {
                return true;
            }
            if (seen.add(s)) {
                todo.addAll(from.getOrDefault(s, Set.of()));
            }
        }
        return false;
    }

    /** One stack's elements under their own names, with the other stacks' elements they refer to as external. */
    static Design part(Design design, String stack) {
        return part(design, stack, Map.of());
    }

    /**
     * As {@link #part(Design, String)}, where an element of another stack that this one has no import of yet is
     * written as the expression {@code added} gives it (by element id, then importing stack).
     */
    static Design part(Design design, String stack, Map<String, Map<String, Object>> added) {
        Design part = new Design(stack);
        Set<String> names = new HashSet<>();
        Deque<String> wanted = new ArrayDeque<>();
        for (Element e : design.elements()) {
            if (stack.equals(stackFor(design, e, 0))) {
                Object local = SourceStacks.localName(design, e.id());
                String name = local instanceof String s && !names.contains(s) ? s : e.name();
                names.add(name);
                part.put(e.withName(name));
                copyLayoutAndExtras(design, part, e.id(), null);
                wanted.addAll(e.references());
            }
        }
        while (!wanted.isEmpty()) {
            String id = wanted.pop();
            Element e = design.get(id);
            if (e == null || part.contains(id)) {
                continue;
            }
            String name = e.name();
            for (int n = 2; !names.add(name); n++) {
                name = e.name() + " " + n;
            }
            part.put(e.withName(name));
            Object expression = SourceStacks.importedAs(design, id, stack);
            if (expression == null) {
                expression = added.getOrDefault(id, Map.of()).get(stack);
            }
            copyLayoutAndExtras(design, part, id, CfnResourceCount.hasResource(e)
                    ? Cfn.map(CfnResourceCount.EXTERNAL, Cfn.map("Expression", Cfn.copy(expression))) : Map.of());
            wanted.addAll(e.references());
        }
        return part;
    }

    private static void copyLayoutAndExtras(Design design, Design part, String id, Map<String, Object> extras) {
        if (design.bounds(id) != null) {
            part.setBounds(id, design.bounds(id));
        }
        if (extras == null) {
            Map<String, Object> own = new LinkedHashMap<>(design.cfnExtras(id));
            own.remove(SourceStacks.KEY);
            part.setCfnExtras(id, own);
        } else {
            part.setCfnExtras(id, extras);
        }
    }

    /** The element's stack; for one the user added, the stack of what it sits in or first refers to. */
    static String stackFor(Design design, Element e, int depth) {
        String stack = SourceStacks.stackOf(design, e.id());
        if (stack != null || depth > 8) {
            return stack;
        }
        List<String> around = new java.util.ArrayList<>();
        if (e.container() != null) {
            around.add(e.container());
        }
        around.addAll(e.references());
        for (String id : around) {
            Element other = design.get(id);
            String s = other == null ? null : stackFor(design, other, depth + 1);
            if (s != null) {
                return s;
            }
        }
        return depth == 0 ? SourceStacks.stacks(design).get(0) : null;
    }
}
