package dev.archway.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.autoscaling.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;

/**
 * What an Auto Scaling group launches: the instance type, image and security groups of its launch template version
 * (its own, or its mixed instances policy's) or of its launch configuration, each read once however many groups
 * share it. As the template importer does, a launch template holding only an image, a type and security groups is
 * one Archway writes itself ({@link Launch#source()} null); any other keeps its name, and the group launches from it
 * by id and version number when exported (a mixed instances policy's mix is not kept).
 */
final class LaunchReader {
    /** The launch template fields Archway writes for a group; a template with any other is kept by name. */
    private static final Set<String> WRITTEN = Set.of("ImageId", "InstanceType", "SecurityGroupIds");

    private final Ec2Client ec2;
    private final AutoScalingClient autoScaling;
    private final Calls calls;
    private final Map<String, Launch> read = new HashMap<>();

    /**
     * Null fields where unknown; {@code source} the launch template or configuration kept by name, else null, and
     * {@code sourceProperty} how a template names it (the group's {@code LaunchTemplate} or
     * {@code LaunchConfigurationName}, kept as its CloudFormation extra so that an export launches from it).
     */
    record Launch(String instanceType, String imageId, List<String> securityGroupIds, String source,
            Map<String, Object> sourceProperty) {
        static final Launch UNKNOWN = new Launch(null, null, List.of(), null, Map.of());
    }

    LaunchReader(Ec2Client ec2, AutoScalingClient autoScaling, Calls calls) {
        this.ec2 = ec2;
        this.autoScaling = autoScaling;
        this.calls = calls;
    }

    Launch of(AutoScalingGroup g) {
        LaunchTemplateSpecification spec = g.launchTemplate() != null ? g.launchTemplate()
                : g.mixedInstancesPolicy() == null || g.mixedInstancesPolicy().launchTemplate() == null ? null
                : g.mixedInstancesPolicy().launchTemplate().launchTemplateSpecification();
        if (spec != null) {
            String version = spec.version() == null ? "$Default" : spec.version();
            String template = spec.launchTemplateId() != null ? spec.launchTemplateId() : spec.launchTemplateName();
            return read.computeIfAbsent("template " + template + " " + version, k -> template(spec, version));
        }
        String config = g.launchConfigurationName();
        return config == null ? Launch.UNKNOWN : read.computeIfAbsent("configuration " + config, k -> configuration(config));
    }

    private Launch template(LaunchTemplateSpecification spec, String version) {
        return calls.one(ApiCall.EC2_DESCRIBE_LAUNCH_TEMPLATE_VERSIONS, () -> ec2.describeLaunchTemplateVersions(
                r -> r.launchTemplateId(spec.launchTemplateId()).launchTemplateName(spec.launchTemplateId() == null
                        ? spec.launchTemplateName() : null).versions(version)))
                .flatMap(r -> r.launchTemplateVersions().stream().findFirst())
                .map(LaunchReader::launch).orElse(Launch.UNKNOWN);
    }

    static Launch launch(LaunchTemplateVersion v) {
        ResponseLaunchTemplateData data = v.launchTemplateData();
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("LaunchTemplateId", v.launchTemplateId());
        template.put("Version", String.valueOf(v.versionNumber())); // CloudFormation takes no $Latest
        Map<String, Object> property = Map.of("LaunchTemplate", template);
        if (data == null) {
            return new Launch(null, null, List.of(), v.launchTemplateName(), property);
        }
        List<String> groups = data.securityGroupIds();
        if (groups.isEmpty() && data.networkInterfaces().size() == 1) {
            groups = data.networkInterfaces().get(0).groups();
        }
        boolean written = WRITTEN.containsAll(setFields(data));
        return new Launch(data.instanceTypeAsString(), data.imageId(), groups, written ? null : v.launchTemplateName(),
                written ? Map.of() : property);
    }

    /** The member names of the fields the response sets (an empty list counts as unset). */
    private static Set<String> setFields(SdkPojo data) {
        Set<String> set = new java.util.TreeSet<>();
        for (SdkField<?> f : data.sdkFields()) {
            Object value = f.getValueOrDefault(data);
            boolean empty = value == null || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty();
            if (!empty) {
                set.add(f.memberName());
            }
        }
        return set;
    }

    private Launch configuration(String name) {
        Map<String, Object> property = Map.of("LaunchConfigurationName", name);
        return calls.one(ApiCall.AUTOSCALING_DESCRIBE_LAUNCH_CONFIGURATIONS,
                () -> autoScaling.describeLaunchConfigurations(r -> r.launchConfigurationNames(name)))
                .flatMap(r -> r.launchConfigurations().stream().findFirst())
                .map(c -> new Launch(c.instanceType(), c.imageId(), c.securityGroups(), name, property))
                .orElse(new Launch(null, null, List.of(), name, property));
    }
}
