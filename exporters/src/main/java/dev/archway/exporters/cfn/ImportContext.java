package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.Element;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import in progress: the template's resources, which of them became typed elements or were absorbed into one
 * (an attachment into its gateway, a route into its table), and each element's kept extras.
 */
final class ImportContext {
    final Map<String, Object> template;
    final Map<String, Object> resources;
    final Intrinsics intrinsics;
    final ImportMetadata metadata;
    /** Typed elements by logical id, in the order they were made. */
    final Map<String, Element> typed = new LinkedHashMap<>();
    /** Absorbed auxiliary resources: logical id to the element id that owns them. */
    final Map<String, String> absorbed = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> extras = new LinkedHashMap<>();
    final Set<String> names = new HashSet<>();
    /** Why each resource the import tried to model stayed opaque, by logical id (the last reason found). */
    final Map<String, String> whyKept = new LinkedHashMap<>();
    private final Map<String, String> logicalIdOfElement = new java.util.HashMap<>();
    /** The VPCs, subnets and groups the template takes from outside; set once placement exists. */
    ExternalElements externals;

    ImportContext(Map<String, Object> template, ImportMetadata metadata, String region) {
        this.template = template;
        this.resources = Cfn.asMap(template.get("Resources"));
        this.intrinsics = new Intrinsics(template, region);
        this.metadata = metadata;
    }

    /** The logical ids of the resources of one type that are still free (neither typed nor absorbed). */
    List<String> free(String type) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : resources.entrySet()) {
            if (type.equals(typeOf(e.getKey())) && isFree(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    boolean isFree(String logicalId) {
        return !typed.containsKey(logicalId) && !absorbed.containsKey(logicalId);
    }

    String typeOf(String logicalId) {
        Map<String, Object> r = Cfn.asMap(resources.get(logicalId));
        return r == null ? null : String.valueOf(r.get("Type"));
    }

    ImportedProps props(String logicalId) {
        return new ImportedProps(this, logicalId, Cfn.asMap(resources.get(logicalId)));
    }

    String elementId(String logicalId) {
        return metadata.id(logicalId);
    }

    String name(String logicalId) {
        return metadata.name(logicalId);
    }

    void addTyped(String logicalId, Element e, ImportedProps props) {
        typed.put(logicalId, e);
        logicalIdOfElement.put(e.id(), logicalId);
        Map<String, Object> kept = props.rest();
        if (!kept.isEmpty()) {
            extras.computeIfAbsent(e.id(), k -> new LinkedHashMap<>()).putAll(kept);
        }
    }

    /** Marks an auxiliary resource as part of its owner; its unread properties go to the owner's extras. */
    void absorb(String ownerId, String ownerLogicalId, String role, String defaultLogicalId, ImportedProps props) {
        absorbed.put(props.logicalId, ownerId);
        Map<String, Object> kept = props.rest();
        if (!props.logicalId.equals(defaultLogicalId)) {
            Map<String, Object> withId = new LinkedHashMap<>();
            withId.put(Cfn.LOGICAL_ID, props.logicalId);
            withId.putAll(kept);
            kept = withId;
        }
        if (!kept.isEmpty()) {
            Map<String, Object> owner = extras.computeIfAbsent(ownerId, k -> new LinkedHashMap<>());
            Map<String, Object> aux = Cfn.asMap(owner.computeIfAbsent(Cfn.AUX, k -> new LinkedHashMap<>()));
            aux.put(role, kept);
        }
    }

    /** Notes why a resource stays an opaque resource. */
    void keep(String logicalId, Exception why) {
        String message = why instanceof Unresolved ? why.getMessage() : "cannot be modelled: " + why;
        whyKept.put(logicalId, message);
    }

    /** The element made from a logical id, if it is typed and of the given class. */
    <T extends Element> T element(String logicalId, Class<T> type) {
        Element e = typed.get(logicalId);
        return type.isInstance(e) ? type.cast(e) : null;
    }

    /** Resolves to the typed element a value refers to (Ref or GetAtt), or fails. */
    <T extends Element> T referenced(Object resolved, Class<T> type) throws Unresolved {
        if (resolved instanceof ResourceRef r) {
            T e = element(r.logicalId(), type);
            if (e != null) {
                return e;
            }
        }
        if (resolved instanceof Intrinsics.External x && externals != null) {
            return externals.element(x, type);
        }
        if (resolved instanceof String id && !id.isBlank() && externals != null) {
            return externals.element(new Intrinsics.External("Literal:" + id, id, id), type); // an existing one
        }
        throw new Unresolved(notA(resolved, type.getSimpleName()));
    }

    /** Says why a value is not the element wanted: what it refers to, or that it is no reference at all. */
    String notA(Object resolved, String wanted) {
        if (resolved instanceof ResourceRef r) {
            String type = typeOf(r.logicalId());
            if (type == null) {
                return "refers to " + r.logicalId() + ", which is not a resource of this template";
            }
            if (!typed.containsKey(r.logicalId()) && resources.containsKey(r.logicalId())) {
                return "refers to " + r.logicalId() + " (" + type + "), which is kept as it is";
            }
            return "refers to " + r.logicalId() + " (" + type + "), not a " + wanted;
        }
        return "is " + Explain.brief(resolved) + ", not a " + wanted + " of this template";
    }

    Element typedById(String elementId) {
        String logicalId = logicalIdOfElement.get(elementId);
        if (logicalId == null) {
            return externals == null ? null : externals.byId(elementId);
        }
        return typed.get(logicalId);
    }

    <T extends Element> T typedById(String elementId, Class<T> type) {
        Element e = typedById(elementId);
        return type.isInstance(e) ? type.cast(e) : null;
    }

    /** Registers a target (a service, an Auto Scaling group) in a typed target group, found by element id. */
    void registerTarget(String targetGroupId, String targetId) {
        for (Map.Entry<String, Element> e : typed.entrySet()) {
            if (e.getValue() instanceof dev.archway.model.lb.TargetGroup tg && tg.id().equals(targetGroupId)) {
                List<dev.archway.model.lb.TargetRegistration> targets = new ArrayList<>(tg.targets());
                targets.add(new dev.archway.model.lb.TargetRegistration(targetId, null));
                typed.put(e.getKey(), tg.withTargets(targets));
                return;
            }
        }
        if (typedById(targetGroupId) instanceof dev.archway.model.lb.TargetGroup outside) { // another stack's group
            List<dev.archway.model.lb.TargetRegistration> targets = new ArrayList<>(outside.targets());
            targets.add(new dev.archway.model.lb.TargetRegistration(targetId, null));
            externals.update(outside.withTargets(targets));
        }
    }

    /** Notes that a rule came from its own resource, so export writes it as one again. */
    void markStandalone(String ownerId, String role) {
        Map<String, Object> owner = extras.computeIfAbsent(ownerId, k -> new LinkedHashMap<>());
        Map<String, Object> aux = Cfn.asMap(owner.computeIfAbsent(Cfn.AUX, k -> new LinkedHashMap<>()));
        aux.putIfAbsent(role, new LinkedHashMap<String, Object>());
    }

    /**
     * Drops the marks of standalone rules with default names from groups that export writes standalone anyway (their
     * rules form a cycle), so a drawn design comes back as drawn; only as far as the export stays the same.
     */
    void unmarkStandalone(List<SecurityGroup> groups) {
        Set<String> unmarked = CfnResourceCount.cyclicGroups(groups, (g, role) -> false);
        while (true) {
            Set<String> dropped = unmarked;
            Set<String> cyclic = CfnResourceCount.cyclicGroups(groups, (g, role) -> hasMark(g.id(), role,
                    dropped.contains(g.id())));
            if (cyclic.containsAll(unmarked)) {
                break;
            }
            unmarked = new HashSet<>(unmarked);
            unmarked.retainAll(cyclic);
        }
        for (String id : unmarked) {
            Map<String, Object> owner = extras.get(id);
            Map<String, Object> aux = owner == null ? null : Cfn.asMap(owner.get(Cfn.AUX));
            if (aux == null) {
                continue;
            }
            aux.values().removeIf(v -> v instanceof Map<?, ?> m && m.isEmpty());
            if (aux.isEmpty()) {
                owner.remove(Cfn.AUX);
            }
            if (owner.isEmpty()) {
                extras.remove(id);
            }
        }
    }

    /** Whether a group's rule is marked standalone; {@code namedOnly} counts only marks that keep a logical id. */
    private boolean hasMark(String groupId, String role, boolean namedOnly) {
        Map<String, Object> owner = extras.get(groupId);
        Map<String, Object> aux = owner == null ? null : Cfn.asMap(owner.get(Cfn.AUX));
        Object mark = aux == null ? null : aux.get(role);
        return mark != null && !(namedOnly && mark instanceof Map<?, ?> m && m.isEmpty());
    }
}
