package dev.archway.model.stacks;

/**
 * One thing an element's CloudFormation resources take from another element's resources: a value
 * ({@code attribute} is {@code Ref}, {@code GroupId}, {@code DNSName}, ..., or {@code Cluster} for the ECS cluster
 * that a service of the same cluster name writes) or only an ordering ({@code attribute} null: a DependsOn).
 * Across nested stacks a value becomes an Output of one stack and a Parameter of the other; an ordering becomes a
 * DependsOn between the two stacks.
 */
public record CfnReference(String targetId, String attribute) {
    public static final String REF = "Ref";

    static CfnReference ref(String targetId) {
        return new CfnReference(targetId, REF);
    }

    static CfnReference dependsOn(String targetId) {
        return new CfnReference(targetId, null);
    }

    public boolean isValue() {
        return attribute != null;
    }

    /** Written out: plans hash tens of thousands of these. */
    @Override
    public int hashCode() {
        return 31 * (targetId == null ? 0 : targetId.hashCode()) + (attribute == null ? 0 : attribute.hashCode());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CfnReference r && java.util.Objects.equals(targetId, r.targetId)
                && java.util.Objects.equals(attribute, r.attribute);
    }
}
