package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A target group. {@code attributes} are AWS's target-group attributes (stickiness, cross-zone, algorithm, ...). */
public record TargetGroup(String id, String name, String vpcId, Protocol protocol, int port, TargetType targetType,
        HealthCheck healthCheck, Map<String, String> attributes, List<TargetRegistration> targets) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.TARGET_GROUP;
    }

    public TargetGroup {
        attributes = Lists.copy(attributes);
        targets = Lists.copy(targets);
    }

    @Override
    public TargetGroup withName(String newName) {
        return new TargetGroup(id, newName, vpcId, protocol, port, targetType, healthCheck, attributes, targets);
    }

    public TargetGroup withTargets(List<TargetRegistration> newTargets) {
        return new TargetGroup(id, name, vpcId, protocol, port, targetType, healthCheck, attributes, newTargets);
    }

    public TargetGroup withAttributes(Map<String, String> newAttributes) {
        return new TargetGroup(id, name, vpcId, protocol, port, targetType, healthCheck, newAttributes, targets);
    }

    public List<String> targetIds() {
        return targets.stream().map(TargetRegistration::targetId).toList();
    }

    /** The health-check port, which defaults to the traffic port. */
    public int healthCheckPort() {
        return healthCheck == null || healthCheck.port() == null ? port : healthCheck.port();
    }

    @Override
    public List<String> references() {
        List<String> refs = new ArrayList<>(Ids.refs(vpcId));
        refs.addAll(targetIds());
        return refs;
    }
}
