package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.List;

/**
 * An EC2 Auto Scaling group in a VPC, spanning its subnets ({@code VPCZoneIdentifier}). It runs
 * {@code desiredCapacity} instances (between {@code minSize} and {@code maxSize}) spread evenly over its subnets' AZs;
 * a target group it is registered with ({@code TargetGroupARNs}) sends to them. {@code launchTemplate} names the
 * launch template or configuration the template gave it; null when Archway writes one from {@code instanceType} and
 * {@code imageId}. {@code securityGroupIds} are those its instances wear.
 */
public record AutoScalingGroup(String id, String name, String vpcId, List<String> subnetIds,
        List<String> securityGroupIds, int minSize, int desiredCapacity, int maxSize, String instanceType,
        String imageId, String launchTemplate) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.AUTO_SCALING_GROUP;
    }

    public AutoScalingGroup {
        subnetIds = Lists.copy(subnetIds);
        securityGroupIds = Lists.copy(securityGroupIds);
    }

    @Override
    public AutoScalingGroup withName(String newName) {
        return new AutoScalingGroup(id, newName, vpcId, subnetIds, securityGroupIds, minSize, desiredCapacity, maxSize,
                instanceType, imageId, launchTemplate);
    }

    public AutoScalingGroup withSubnets(List<String> ids) {
        return new AutoScalingGroup(id, name, vpcId, ids, securityGroupIds, minSize, desiredCapacity, maxSize,
                instanceType, imageId, launchTemplate);
    }

    public AutoScalingGroup withSecurityGroups(List<String> ids) {
        return new AutoScalingGroup(id, name, vpcId, subnetIds, ids, minSize, desiredCapacity, maxSize, instanceType,
                imageId, launchTemplate);
    }

    public AutoScalingGroup withCapacity(int min, int desired, int max) {
        return new AutoScalingGroup(id, name, vpcId, subnetIds, securityGroupIds, min, desired, max, instanceType,
                imageId, launchTemplate);
    }

    @Override
    public List<String> references() {
        return Ids.refs(vpcId, subnetIds, securityGroupIds);
    }

    @Override
    public String container() {
        return vpcId;
    }
}
