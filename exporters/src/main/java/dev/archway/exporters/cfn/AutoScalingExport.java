package dev.archway.exporters.cfn;

import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Auto Scaling group, attached to the target groups that have it as a target ({@code TargetGroupARNs}), with a
 * launch template made from its instance type, image and security groups unless it names the template's own.
 */
final class AutoScalingExport {
    private final ExportContext cx;
    private final NetworkExport network;
    private final CfnResourceCount counts;

    AutoScalingExport(ExportContext cx, NetworkExport network) {
        this.cx = cx;
        this.network = network;
        this.counts = new CfnResourceCount(cx.design);
    }

    void group(AutoScalingGroup g) {
        Map<String, Object> props = Cfn.map("MinSize", String.valueOf(g.minSize()), "MaxSize",
                String.valueOf(g.maxSize()), "DesiredCapacity", String.valueOf(g.desiredCapacity()));
        if (counts.writesLaunchTemplate(g)) {
            String template = cx.auxId(g.id(), "LaunchTemplate", "LaunchTemplate");
            cx.addAux(g.id(), "LaunchTemplate", template, "AWS::EC2::LaunchTemplate",
                    Cfn.map("LaunchTemplateData", launchTemplateData(g)), List.of());
            props.put("LaunchTemplate", Cfn.map("LaunchTemplateId", Cfn.ref(template), "Version",
                    Cfn.getAtt(template, "LatestVersionNumber")));
        }
        List<Object> subnets = new ArrayList<>(cx.refs(g.subnetIds()));
        subnets.removeIf(java.util.Objects::isNull); // default subnets: the template names their zones instead
        if (!subnets.isEmpty()) {
            props.put("VPCZoneIdentifier", subnets);
        }
        List<Object> targetGroups = new ArrayList<>();
        for (TargetGroup tg : cx.design.all(TargetGroup.class)) {
            if (tg.targetIds().contains(g.id())) {
                targetGroups.add(cx.ref(tg.id()));
            }
        }
        if (!targetGroups.isEmpty()) {
            props.put("TargetGroupARNs", targetGroups);
        }
        cx.add(g.id(), cx.lid(g.id()), "AWS::AutoScaling::AutoScalingGroup", props,
                launchesPublic(g) ? network.attachmentOf(g.vpcId()) : List.of());
    }

    private Map<String, Object> launchTemplateData(AutoScalingGroup g) {
        String image = g.imageId() == null ? null : cx.parameter("ImageId", g.imageId().startsWith("/")
                ? "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>" : "AWS::EC2::Image::Id",
                "AMI of the instances", g.imageId());
        return Cfn.map("ImageId", image == null ? null : Cfn.ref(image), "InstanceType", g.instanceType(),
                "SecurityGroupIds", g.securityGroupIds().isEmpty() ? null : cx.groupIds(g.securityGroupIds()));
    }

    /** Instances in a subnet that maps public IPs need the internet gateway attached first. */
    private boolean launchesPublic(AutoScalingGroup g) {
        return g.subnetIds().stream().map(id -> cx.design.get(id, Subnet.class))
                .anyMatch(s -> s != null && s.mapPublicIpOnLaunch());
    }
}
