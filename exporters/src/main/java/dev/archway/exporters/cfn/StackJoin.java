package dev.archway.exporters.cfn;

import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.edit.ElementCopier;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Region;
import dev.archway.model.stacks.CfnResourceCount;
import dev.archway.model.stacks.SourceStacks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the designs of a set of stacks into one: element ids and names kept unless another stack has them (then the
 * stack's name tells them apart), one region element per region, each external element that an export of the set
 * resolves replaced by the exporting stack's element, and the outside elements that only the replaced ones needed
 * (the load balancer behind an imported listener, the AZ columns of an imported VPC) dropped. Every element notes
 * its stack in {@link SourceStacks}; an exported element notes how each importing stack wrote it.
 */
final class StackJoin {
    private final List<StackSetImport.Member> members;
    private final StackExports exports;
    private final List<Map<String, String>> newIds = new ArrayList<>();
    private final List<Map<String, StackExports.Target>> replaced = new ArrayList<>();
    private final List<Map<String, String>> remaps = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, String> regionByCode = new HashMap<>();

    StackJoin(List<StackSetImport.Member> members, StackExports exports) {
        this.members = members;
        this.exports = exports;
    }

    Design join(String name) {
        for (int i = 0; i < members.size(); i++) {
            replaced.add(replacements(i));
        }
        for (int i = 0; i < members.size(); i++) {
            newIds.add(assignIds(i));
        }
        Design out = new Design(name);
        Set<String> helpers = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            copy(i, out, helpers);
        }
        notImportedAs(out);
        mergeRegistrations(out);
        new PlacementCleanup(out).run(helpers);
        restoreLocalNames(out);
        if (!members.stream().allMatch(StackSetImport.Member::hasLayout)) {
            AwsDiagramLayout.apply(out);
        }
        return out;
    }

    /** The external elements of a stack that another stack's export resolves, to what they resolve. */
    private Map<String, StackExports.Target> replacements(int stack) {
        Map<String, StackExports.Target> out = new LinkedHashMap<>();
        Design d = members.get(stack).stack().design();
        d.allCfnExtras().forEach((id, extras) -> {
            Map<String, Object> mark = Cfn.asMap(extras.get(CfnResourceCount.EXTERNAL));
            StackExports.Target t = mark == null ? null : exports.target(stack, mark.get("Expression"));
            if (t != null && t.stack() != stack && sameKind(d.get(id), members.get(t.stack()).stack().design()
                    .get(t.elementId()))) {
                out.put(id, t);
            }
        });
        return out;
    }

    private static boolean sameKind(Element a, Element b) {
        return a != null && b != null && a.getClass() == b.getClass();
    }

    private Map<String, String> assignIds(int stack) {
        StackSetImport.Member m = members.get(stack);
        Map<String, String> out = new LinkedHashMap<>();
        for (Element e : m.stack().design().elements()) {
            if (replaced.get(stack).containsKey(e.id())) {
                continue;
            }
            if (e instanceof Region r && regionByCode.containsKey(r.code())) {
                out.put(e.id(), regionByCode.get(r.code()));
                continue;
            }
            String id = e.id();
            for (int n = 2; !ids.add(id); n++) {
                id = m.name() + "-" + e.id() + (n > 2 ? "-" + n : "");
            }
            out.put(e.id(), id);
            if (e instanceof Region r) {
                regionByCode.put(r.code(), id);
            }
        }
        return out;
    }

    /** The final id of what an id of a stack's design became: itself renamed, or the element it was replaced by. */
    private String finalId(int stack, String id) {
        StackExports.Target t = replaced.get(stack).get(id);
        for (int hops = 0; t != null && hops < members.size(); hops++) {
            stack = t.stack();
            id = t.elementId();
            t = replaced.get(stack).get(id);
        }
        return newIds.get(stack).get(id);
    }

    private void copy(int stack, Design out, Set<String> helpers) {
        StackSetImport.Member m = members.get(stack);
        Design d = m.stack().design();
        Map<String, String> remap = new HashMap<>(newIds.get(stack));
        Set<String> brought = new HashSet<>();
        replaced.get(stack).keySet().forEach(x -> {
            remap.put(x, finalId(stack, x));
            reachable(d, x, brought);
        });
        brought.forEach(h -> {
            if (newIds.get(stack).containsKey(h)) {
                helpers.add(newIds.get(stack).get(h));
            }
        });
        remaps.add(remap);
        Object sections = keptSections(d, stack);
        for (Element e : d.elements()) {
            String id = newIds.get(stack).get(e.id());
            if (id == null || out.contains(id)) {
                continue;
            }
            String name = e.name();
            String unique = name;
            for (int n = 2; !names.add(unique); n++) {
                unique = name + " (" + m.name() + ")" + (n > 2 ? " " + n : "");
            }
            out.put(ElementCopier.copy(e, id, unique, remap));
            Map<String, Object> extras = new LinkedHashMap<>(d.cfnExtras(e.id()));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(SourceStacks.STACK, m.name());
            entry.put(SourceStacks.FILE, m.file());
            if (!unique.equals(name)) {
                entry.put(SourceStacks.LOCAL_NAME, name);
            }
            if (!(e instanceof Region)) { // one region element serves every stack in it
                extras.put(SourceStacks.KEY, entry);
            }
            if (sections != null && !ImplicitElements.isPlacement(e) && !CfnResourceCount.isExternal(d, e.id())) {
                extras.put(TemplateExtras.KEY, sections);
                sections = null;
            }
            out.setCfnExtras(id, extras);
            if (d.bounds(e.id()) != null) {
                out.setBounds(id, d.bounds(e.id()));
            }
        }
    }

    /**
     * The template's own sections (Parameters, Outputs, ...) when the element that carried them is replaced by
     * another stack's: they move to the stack's first element of its own.
     */
    private Object keptSections(Design d, int stack) {
        for (String x : replaced.get(stack).keySet()) {
            Object sections = d.cfnExtras(x).get(TemplateExtras.KEY);
            if (sections != null) {
                return sections;
            }
        }
        return null;
    }

    /** What an element refers to, and so on: the outside elements a replaced one brought with it. */
    private static void reachable(Design d, String id, Set<String> out) {
        for (String r : d.get(id) == null ? List.<String>of() : d.get(id).references()) {
            if (out.add(r)) {
                reachable(d, r, out);
            }
        }
    }

    /** Names the cleanup freed (an outside AZ column dropped) go back to the elements that had them. */
    private static void restoreLocalNames(Design out) {
        for (Element e : new ArrayList<>(out.elements())) {
            Map<String, Object> entry = Cfn.orEmpty(out.cfnExtras(e.id()).get(SourceStacks.KEY));
            if (entry.get(SourceStacks.LOCAL_NAME) instanceof String local && out.byName(local).isEmpty()) {
                out.put(e.withName(local));
                Map<String, Object> extras = new LinkedHashMap<>(out.cfnExtras(e.id()));
                Map<String, Object> kept = new LinkedHashMap<>(entry);
                kept.remove(SourceStacks.LOCAL_NAME);
                extras.put(SourceStacks.KEY, kept);
                out.setCfnExtras(e.id(), extras);
            }
        }
    }

    /** Targets an importing stack registers in another stack's group (an ECS service's LoadBalancers) join it. */
    private void mergeRegistrations(Design out) {
        for (int stack = 0; stack < members.size(); stack++) {
            Design d = members.get(stack).stack().design();
            for (String x : replaced.get(stack).keySet()) {
                if (d.get(x) instanceof TargetGroup outside && out.get(finalId(stack, x)) instanceof TargetGroup tg) {
                    List<TargetRegistration> targets = new ArrayList<>(tg.targets());
                    for (TargetRegistration r : outside.targets()) {
                        targets.add(new TargetRegistration(remaps.get(stack).getOrDefault(r.targetId(), r.targetId()),
                                r.port()));
                    }
                    out.put(tg.withTargets(targets));
                }
            }
        }
    }

    /** Notes on each exported element how the importing stacks wrote it, so export writes it so again. */
    private void notImportedAs(Design out) {
        for (int stack = 0; stack < members.size(); stack++) {
            Design d = members.get(stack).stack().design();
            for (String x : replaced.get(stack).keySet()) {
                String target = finalId(stack, x);
                Map<String, Object> mark = Cfn.asMap(d.cfnExtras(x).get(CfnResourceCount.EXTERNAL));
                Map<String, Object> extras = new LinkedHashMap<>(out.cfnExtras(target));
                Map<String, Object> entry = new LinkedHashMap<>(Cfn.orEmpty(extras.get(SourceStacks.KEY)));
                Map<String, Object> as = new LinkedHashMap<>(Cfn.orEmpty(entry.get(SourceStacks.IMPORTED_AS)));
                as.putIfAbsent(members.get(stack).name(), Cfn.copy(mark.get("Expression")));
                entry.put(SourceStacks.IMPORTED_AS, as);
                extras.put(SourceStacks.KEY, entry);
                out.setCfnExtras(target, extras);
            }
        }
    }

    /**
     * Drops what only the replaced external elements needed: outside elements nothing refers to any more, AZ
     * columns left empty or doubled in the VPC they now belong to (merged into the VPC's own column of that zone).
     */
    private static final class PlacementCleanup {
        private final Design design;

        PlacementCleanup(Design design) {
            this.design = design;
        }

        void run(Set<String> helpers) {
            mergeZones(helpers);
            boolean changed = true;
            while (changed) {
                changed = false;
                Set<String> referenced = referenced();
                for (Element e : new ArrayList<>(design.elements())) {
                    boolean orphanHelper = helpers.contains(e.id()) && !referenced.contains(e.id())
                            && (CfnResourceCount.isExternal(design, e.id()) || e instanceof AvailabilityZone);
                    boolean dangling = ImplicitElements.isPlacement(e)
                            && !e.references().stream().allMatch(design::contains);
                    if (orphanHelper || dangling) {
                        design.remove(e.id());
                        changed = true;
                    }
                }
            }
        }

        /** AZ columns of an outside VPC that is now a stack's VPC: merged into that VPC's column of the same zone. */
        private void mergeZones(Set<String> helpers) {
            Map<String, String> first = new HashMap<>();
            Map<String, String> merged = new HashMap<>();
            for (AvailabilityZone az : design.all(AvailabilityZone.class)) {
                String key = az.vpcId() + "\u0000" + az.zone();
                String kept = first.putIfAbsent(key, az.id());
                if (kept != null) {
                    boolean dropKept = helpers.contains(kept) && !helpers.contains(az.id());
                    merged.put(dropKept ? kept : az.id(), dropKept ? az.id() : kept);
                    if (dropKept) {
                        first.put(key, az.id());
                    }
                }
            }
            if (merged.isEmpty()) {
                return;
            }
            for (Element e : new ArrayList<>(design.elements())) {
                if (!merged.containsKey(e.id()) && e.references().stream().anyMatch(merged::containsKey)) {
                    design.put(ElementCopier.copy(e, e.id(), e.name(), merged));
                }
            }
            merged.keySet().forEach(design::remove);
        }

        private Set<String> referenced() {
            Set<String> out = new HashSet<>();
            design.elements().forEach(e -> out.addAll(e.references()));
            return out;
        }
    }
}
