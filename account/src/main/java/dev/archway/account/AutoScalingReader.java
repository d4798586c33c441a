package dev.archway.account;

import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.autoscaling.model.Instance;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Auto Scaling groups in the subnets read, as the model's group: its size, subnets ({@code VPCZoneIdentifier}),
 * what it launches ({@link LaunchReader}) and the target groups it registers in ({@code TargetGroupARNs}). Its
 * running instances are the group's, not elements of their own: they leave the design, and a target group that had
 * them registered has the group instead, as the simulation sends to a group's instances. Their health stays: see
 * {@link AsgHealth}.
 */
final class AutoScalingReader {
    private final AutoScalingClient autoScaling;
    private final Calls calls;
    private final ImportedDesign out;
    private final LaunchReader launches;

    AutoScalingReader(AutoScalingClient autoScaling, Ec2Client ec2, Calls calls, ImportedDesign out) {
        this.autoScaling = autoScaling;
        this.calls = calls;
        this.out = out;
        this.launches = new LaunchReader(ec2, autoScaling, calls);
    }

    void read() {
        calls.each(ApiCall.AUTOSCALING_DESCRIBE_AUTO_SCALING_GROUPS,
                () -> autoScaling.describeAutoScalingGroupsPaginator(r -> { }).autoScalingGroups(), this::group);
    }

    private void group(AutoScalingGroup g) {
        List<String> subnets = subnets(g.vpcZoneIdentifier());
        if (subnets.isEmpty()) {
            if (g.instances().stream().anyMatch(i -> out.contains(i.instanceId()))) {
                calls.warn("Auto Scaling group " + g.autoScalingGroupName() + " names zones, not subnets "
                        + "(VPCZoneIdentifier): its running instances come in as EC2 instances");
            }
            return;
        }
        String id = g.autoScalingGroupARN() == null ? g.autoScalingGroupName() : g.autoScalingGroupARN();
        List<Ec2Instance> running = g.instances().stream().map(i -> out.get(i.instanceId(), Ec2Instance.class))
                .filter(java.util.Objects::nonNull).toList();
        LaunchReader.Launch launch = withInstance(launches.of(g), running.isEmpty() ? null : running.get(0));
        String vpc = out.get(subnets.get(0), Subnet.class).vpcId();
        var element = out.put(new dev.archway.model.lb.AutoScalingGroup(id, g.autoScalingGroupName(), vpc, subnets,
                launch.securityGroupIds(), g.minSize(), orElse(g.desiredCapacity(), g.minSize()), g.maxSize(),
                launch.instanceType(), launch.imageId(), launch.source()));
        out.design().setCfnExtras(id, launch.sourceProperty());
        out.deployedBy(id, StackTags.of(g.tags(), t -> t.key(), t -> t.value()));
        Set<String> members = new LinkedHashSet<>();
        running.forEach(i -> members.add(i.id()));
        registerInstead(element.id(), members, new LinkedHashSet<>(g.targetGroupARNs()));
        new AsgHealth(out).carry(element, unhealthyZones(g, members));
        members.forEach(out::remove);
    }

    /**
     * What the group launches, its security groups those of the design; what its launch source does not tell (it
     * could not be read, or names no groups) as a running instance of the group has it.
     */
    private LaunchReader.Launch withInstance(LaunchReader.Launch launch, Ec2Instance instance) {
        List<String> groups = launch.securityGroupIds().stream().filter(out::contains).toList();
        if (instance == null) {
            return new LaunchReader.Launch(launch.instanceType(), launch.imageId(), groups, launch.source(),
                    launch.sourceProperty());
        }
        return new LaunchReader.Launch(launch.instanceType() == null ? instance.instanceType() : launch.instanceType(),
                launch.imageId() == null ? instance.imageId() : launch.imageId(),
                groups.isEmpty() ? instance.securityGroupIds() : groups, launch.source(), launch.sourceProperty());
    }

    /** A target group the group registers in, or that has any of its instances registered, has the group instead. */
    private void registerInstead(String groupId, Set<String> members, Set<String> targetGroupArns) {
        for (TargetGroup tg : out.design().all(TargetGroup.class)) {
            boolean had = tg.targets().stream().anyMatch(r -> members.contains(r.targetId()));
            if (!had && !targetGroupArns.contains(tg.id())) {
                continue;
            }
            List<TargetRegistration> targets = new ArrayList<>();
            boolean added = false;
            for (TargetRegistration r : tg.targets()) {
                if (!members.contains(r.targetId())) {
                    targets.add(r);
                } else if (!added) {
                    targets.add(new TargetRegistration(groupId, null));
                    added = true;
                }
            }
            if (!added) {
                targets.add(new TargetRegistration(groupId, null));
            }
            out.put(tg.withTargets(targets));
        }
    }

    /** The AWS zone of each instance of the group the account reports unhealthy, in the group or a target group. */
    private List<String> unhealthyZones(AutoScalingGroup g, Set<String> members) {
        List<String> zones = new ArrayList<>();
        for (Instance i : g.instances()) {
            boolean unhealthy = out.unhealthy().contains(i.instanceId()) || "Unhealthy".equals(i.healthStatus());
            if (members.contains(i.instanceId()) && unhealthy && i.availabilityZone() != null) {
                zones.add(i.availabilityZone());
            }
        }
        return zones;
    }

    private List<String> subnets(String vpcZoneIdentifier) {
        if (vpcZoneIdentifier == null || vpcZoneIdentifier.isBlank()) {
            return List.of();
        }
        return Arrays.stream(vpcZoneIdentifier.split(",")).map(String::strip).filter(out::contains)
                .filter(s -> out.get(s, Subnet.class) != null).toList();
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
