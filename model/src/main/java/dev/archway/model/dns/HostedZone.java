package dev.archway.model.dns;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import java.util.List;

/** A Route 53 hosted zone for {@code domainName} (no trailing dot). */
public record HostedZone(String id, String name, String domainName, boolean privateZone) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.HOSTED_ZONE;
    }

    @Override
    public HostedZone withName(String newName) {
        return new HostedZone(id, newName, domainName, privateZone);
    }

    @Override
    public List<String> references() {
        return List.of();
    }
}
