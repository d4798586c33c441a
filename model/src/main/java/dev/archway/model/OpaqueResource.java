package dev.archway.model;

import java.util.List;
import java.util.Map;

/**
 * A CloudFormation resource the model does not interpret, kept so that export writes it back unchanged.
 * {@code properties} and {@code attributes} (DependsOn, Condition, Metadata, ...) are plain JSON-like trees
 * (maps, lists, strings, numbers, booleans) in template order.
 */
public record OpaqueResource(String id, String name, String cfnType, Map<String, Object> properties,
        Map<String, Object> attributes, List<String> refersTo) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.OPAQUE;
    }

    public OpaqueResource {
        properties = Lists.copyOrdered(properties);
        attributes = Lists.copyOrdered(attributes);
        refersTo = Lists.copy(refersTo);
    }

    @Override
    public OpaqueResource withName(String newName) {
        return new OpaqueResource(id, newName, cfnType, properties, attributes, refersTo);
    }

    @Override
    public List<String> references() {
        return refersTo;
    }
}
