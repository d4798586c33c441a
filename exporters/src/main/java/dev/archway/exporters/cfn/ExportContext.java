package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.query.Topology;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One export in progress: the logical id of every element, and the Resources, Parameters and Outputs written so far.
 * {@link #add} merges the element's kept CloudFormation extras into each resource it writes.
 */
final class ExportContext {
    final Design design;
    final Topology topology;
    final LogicalIds ids = new LogicalIds();
    final Map<String, String> logicalIds = new LinkedHashMap<>();
    final Map<String, Object> resources = new LinkedHashMap<>();
    /** The element each resource was written for, by logical id. */
    final Map<String, String> ownerOf = new HashMap<>();
    final Map<String, Object> parameters = new LinkedHashMap<>();
    final Map<String, Object> outputs = new LinkedHashMap<>();
    final List<String> generatedParameters = new ArrayList<>();
    final List<String> generatedOutputs = new ArrayList<>();
    private final Map<String, String> parameterByValue = new LinkedHashMap<>();

    ExportContext(Design design) {
        this.design = design;
        this.topology = new Topology(design);
    }

    void assignLogicalId(Element e) {
        String fallback = LogicalIds.sanitize(e.kind().label(), "Resource");
        logicalIds.put(e.id(), ids.claim(LogicalIds.sanitize(e.name(), fallback)));
    }

    String lid(String elementId) {
        String id = logicalIds.get(elementId);
        if (id == null) {
            throw new IllegalStateException("no logical id for element " + elementId);
        }
        return id;
    }

    /** A Ref to the element's resource; for an external element its expression (null: nothing to write). */
    Object ref(String elementId) {
        return isExternal(elementId) ? externalExpression(elementId) : Cfn.ref(lid(elementId));
    }

    Object groupId(String securityGroupId) {
        return isExternal(securityGroupId) ? externalExpression(securityGroupId)
                : Cfn.getAtt(lid(securityGroupId), "GroupId");
    }

    /** Whether the element stands for a resource outside the template (it writes no resource of its own). */
    boolean isExternal(String elementId) {
        return CfnResourceCount.isExternal(design, elementId);
    }

    /** What the template writes for an external element (its Parameter, import or stack output), else null. */
    private Object externalExpression(String elementId) {
        Map<String, Object> mark = Cfn.asMap(design.cfnExtras(elementId).get(CfnResourceCount.EXTERNAL));
        return mark == null ? null : Cfn.copy(mark.get("Expression"));
    }

    List<Object> refs(List<String> elementIds) {
        List<Object> out = new ArrayList<>();
        elementIds.forEach(id -> out.add(ref(id)));
        return out;
    }

    List<Object> groupIds(List<String> securityGroupIds) {
        List<Object> out = new ArrayList<>();
        securityGroupIds.forEach(id -> out.add(groupId(id)));
        return out;
    }

    /** The logical id of an auxiliary resource of an element: as imported, else the element's id plus a suffix. */
    String auxId(String ownerId, String role, String suffix) {
        return auxIdOr(ownerId, role, lid(ownerId) + suffix);
    }

    /** The logical id of an auxiliary resource: as imported, else {@code wanted}. */
    String auxIdOr(String ownerId, String role, String wanted) {
        Map<String, Object> aux = auxExtras(ownerId, role);
        Object kept = aux == null ? null : aux.get(Cfn.LOGICAL_ID);
        return ids.claim(kept instanceof String s ? s : wanted);
    }

    /** A string parameter with a default; one parameter per distinct (name stem, value). Returns its name. */
    String parameter(String stem, String type, String description, String defaultValue) {
        String key = stem + "\u0000" + defaultValue;
        String existing = parameterByValue.get(key);
        if (existing != null) {
            return existing;
        }
        String name = ids.claim(stem);
        parameters.put(name, Cfn.map("Type", type, "Description", description, "Default", defaultValue));
        parameterByValue.put(key, name);
        generatedParameters.add(name);
        return name;
    }

    /** An output of an element's resource, under the resource's {@code Condition} when it has one. */
    void output(String ownerId, String name, String description, Object value) {
        String id = ids.claim(name);
        outputs.put(id, Cfn.map("Description", description, "Value", value, "Condition",
                design.cfnExtras(ownerId).get("Condition")));
        generatedOutputs.add(id);
    }

    /** Writes the element's main resource, merged with its kept extras. */
    void add(String ownerId, String logicalId, String type, Map<String, Object> properties, List<String> dependsOn) {
        put(logicalId, type, properties, dependsOn, primaryExtras(ownerId));
        ownerOf.put(logicalId, ownerId);
    }

    /** Writes an auxiliary resource of an element (an attachment, a route, an EIP), merged with its kept extras. */
    void addAux(String ownerId, String role, String logicalId, String type, Map<String, Object> properties,
            List<String> dependsOn) {
        Map<String, Object> extras = auxExtras(ownerId, role);
        Object condition = design.cfnExtras(ownerId).get("Condition");
        if (extras == null && condition != null) {
            extras = Map.of("Condition", condition); // made by export: it exists when its owner does
        }
        put(logicalId, type, properties, dependsOn, extras == null ? Map.of() : extras);
        ownerOf.put(logicalId, ownerId);
    }

    Map<String, Object> primaryExtras(String ownerId) {
        Map<String, Object> extras = new LinkedHashMap<>(design.cfnExtras(ownerId));
        extras.remove(Cfn.AUX);
        extras.remove(TemplateExtras.KEY);
        extras.remove(SourceValues.KEY);
        extras.remove(KeptReasons.KEY);
        extras.remove(dev.archway.model.query.ConditionState.KEY);
        extras.remove(dev.archway.model.stacks.SourceStacks.KEY);
        return extras;
    }

    boolean hasExtra(String ownerId, String key) {
        return design.cfnExtras(ownerId).containsKey(key);
    }

    private Map<String, Object> auxExtras(String ownerId, String role) {
        Map<String, Object> aux = Cfn.asMap(design.cfnExtras(ownerId).get(Cfn.AUX));
        return aux == null ? null : Cfn.asMap(aux.get(role));
    }

    private void put(String logicalId, String type, Map<String, Object> properties, List<String> dependsOn,
            Map<String, Object> extras) {
        Map<String, Object> props = new LinkedHashMap<>(properties);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("Type", type);
        Set<String> depends = new LinkedHashSet<>(dependsOn);
        boolean asList = false;
        for (Map.Entry<String, Object> e : extras.entrySet()) {
            String key = e.getKey();
            if (key.equals(Cfn.LOGICAL_ID)) {
                continue;
            }
            if (key.equals("DependsOn")) {
                Object d = e.getValue();
                if (d instanceof String s) {
                    depends.add(s);
                } else if (d instanceof List<?> l) {
                    l.forEach(x -> depends.add(String.valueOf(x)));
                    asList = true;
                }
            } else if (Cfn.ATTRIBUTES.contains(key)) {
                resource.put(key, Cfn.copy(e.getValue()));
            } else {
                props.put(key, Cfn.copy(e.getValue()));
            }
        }
        if (!depends.isEmpty()) {
            resource.put("DependsOn", depends.size() == 1 && !asList ? depends.iterator().next() : new ArrayList<>(depends));
        }
        if (!props.isEmpty()) {
            resource.put("Properties", props);
        }
        resources.put(logicalId, resource);
    }
}
