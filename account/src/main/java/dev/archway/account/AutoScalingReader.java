package dev.archway.account;

import software.amazon.awssdk.services.autoscaling.AutoScalingClient;

/**
 * Auto Scaling groups. The model has no Auto Scaling group element yet: a group's running instances are imported as
 * the EC2 instances they are (and registered in target groups as the account has them); one warning per group says
 * so, with its size, so the design's reader knows the instances come and go.
 */
final class AutoScalingReader {
    private final AutoScalingClient autoScaling;
    private final Calls calls;
    private final ImportedDesign out;

    AutoScalingReader(AutoScalingClient autoScaling, Calls calls, ImportedDesign out) {
        this.autoScaling = autoScaling;
        this.calls = calls;
        this.out = out;
    }

    void read() {
        calls.each(ApiCall.AUTOSCALING_DESCRIBE_AUTO_SCALING_GROUPS,
                () -> autoScaling.describeAutoScalingGroupsPaginator(r -> { }).autoScalingGroups(), g -> {
                    long inside = g.instances().stream().filter(i -> out.contains(i.instanceId())).count();
                    boolean ours = inside > 0 || subnetsInside(g.vpcZoneIdentifier());
                    if (ours) {
                        calls.warn("Auto Scaling group " + g.autoScalingGroupName() + " (min " + g.minSize() + ", max "
                                + g.maxSize() + ", desired " + g.desiredCapacity() + "): imported as its " + inside
                                + " running EC2 instances; the model has no Auto Scaling group element yet");
                    }
                });
    }

    private boolean subnetsInside(String vpcZoneIdentifier) {
        if (vpcZoneIdentifier == null || vpcZoneIdentifier.isBlank()) {
            return false;
        }
        for (String subnet : vpcZoneIdentifier.split(",")) {
            if (out.contains(subnet.strip())) {
                return true;
            }
        }
        return false;
    }
}
