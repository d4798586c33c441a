package dev.archway.exporters.cdk;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.stacks.CfnResourceCount;
import dev.archway.model.stacks.StackLimits;
import java.util.HashSet;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How many CloudFormation resources each element becomes in a synthesized CDK app, for the stack planner. The L1
 * constructs match the CloudFormation export ({@link CfnResourceCount}); the L2 constructs add their own: an
 * {@code Instance} its IAM role and instance profile, an {@code AutoScalingGroup} its launch configuration, IAM role
 * and instance profile, a {@code DatabaseCluster} its generated secret and the
 * secret's attachment, a {@code FargateTaskDefinition} its task role, and an {@code ApplicationLoadBalancer},
 * {@code FargateService}, {@code AutoScalingGroup} or {@code DatabaseCluster} without a security group the group CDK makes for it.
 * Measured by synthesizing ({@code CdkNestedStacksTest} holds the count to the templates).
 */
final class CdkResourceCount implements ToIntFunction<Element> {
    /**
     * What one nested stack may hold by this count: below CloudFormation's quotas by what the count does not see
     * (CDK's {@code CDKMetadata} resource, the security-group rules CDK adds when an ECS service joins a target
     * group, a parameter per token CDK passes between stacks, where the planner counts one per referenced value).
     */
    static final StackLimits NESTED = new StackLimits(400, 150, 150);

    /** What a single stack may hold: CloudFormation's quota less {@code CDKMetadata} and a small margin. */
    static final StackLimits SINGLE = StackLimits.CLOUDFORMATION.withResources(495);

    private final Design design;
    private final CfnResourceCount cfn;
    private final Set<String> clusterOwners = new HashSet<>();

    CdkResourceCount(Design design) {
        this.design = design;
        this.cfn = new CfnResourceCount(design);
        Set<String> clusters = new HashSet<>();
        for (EcsService s : design.all(EcsService.class)) {
            String vpc = s.subnetIds().stream().map(id -> design.get(id, Subnet.class)).filter(x -> x != null)
                    .map(Subnet::vpcId).findFirst().orElse(null);
            if (clusters.add(s.cluster() + "|" + vpc)) {
                clusterOwners.add(s.id());
            }
        }
    }

    @Override
    public int applyAsInt(Element e) {
        if (e instanceof Ec2Instance i) {
            boolean l2 = !i.securityGroupIds().isEmpty() && design.get(i.subnetId(), Subnet.class) != null;
            return l2 ? 3 : 1;
        } else if (e instanceof AuroraCluster c) {
            return 3 + (c.securityGroupIds().isEmpty() ? 1 : 0) + (c.dbSubnetGroupId() == null ? 1 : 0);
        } else if (e instanceof EcsService s) {
            return 3 + (s.securityGroupIds().isEmpty() ? 1 : 0) + (clusterOwners.contains(s.id()) ? 1 : 0);
        } else if (e instanceof AutoScalingGroup g) {
            return g.vpcId() == null || g.subnetIds().isEmpty() ? 0 : 4 + (g.securityGroupIds().isEmpty() ? 1 : 0);
        } else if (e instanceof LoadBalancer lb) {
            return cfn.resources(e) + (lb.isApplication() && lb.securityGroupIds().isEmpty() ? 1 : 0);
        }
        return cfn.resources(e);
    }
}
