package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Auto Scaling groups in a VPC ({@code VPCZoneIdentifier}). What the group launches ({@code LaunchTemplate},
 * {@code LaunchConfigurationName}, ...) is kept as the template says it, with the launch template or configuration
 * as its own resource; the instances' security groups, type and image are read from it where they resolve. Each
 * group of {@code TargetGroupARNs} gets the group as a target.
 */
final class AutoScalingImport {
    private final ImportContext cx;

    AutoScalingImport(ImportContext cx) {
        this.cx = cx;
    }

    void run() {
        for (String lid : cx.free("AWS::AutoScaling::AutoScalingGroup")) {
            try {
                ImportedProps p = cx.props(lid);
                List<String> subnets = p.has("VPCZoneIdentifier") ? p.refs("VPCZoneIdentifier", Subnet.class)
                        : defaultSubnets(p);
                Subnet first = subnets.isEmpty() ? null : cx.typedById(subnets.get(0), Subnet.class);
                int min = required(p, "MinSize");
                int max = required(p, "MaxSize");
                Integer desired = p.integer("DesiredCapacity");
                List<String> targetGroups = p.refs("TargetGroupARNs", TargetGroup.class);
                Map<String, Object> launch = launchData(p);
                String written = writtenLaunchTemplate(p, lid);
                if (written != null) {
                    p.value("LaunchTemplate");
                }
                AutoScalingGroup g = new AutoScalingGroup(cx.elementId(lid), cx.name(lid),
                        first == null ? null : first.vpcId(), subnets, groups(launch), min,
                        desired == null ? min : desired, max, text(launch.get("InstanceType")),
                        text(launch.get("ImageId")), written != null ? null : launchSource(p));
                cx.addTyped(lid, g, p);
                if (written != null) {
                    ImportedProps t = cx.props(written);
                    t.readAll();
                    cx.absorb(g.id(), lid, "LaunchTemplate", lid + "LaunchTemplate", t);
                }
                targetGroups.forEach(tg -> cx.registerTarget(tg, g.id()));
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    /**
     * The launch template export would write for the group (only an image, an instance type and security groups of
     * the design, used by this group alone), which the group then absorbs; null for any other.
     */
    private String writtenLaunchTemplate(ImportedProps p, String groupLid) {
        String lid = launchResource(p);
        if (lid == null || !"AWS::EC2::LaunchTemplate".equals(cx.typeOf(lid)) || !cx.isFree(lid)
                || !p.raw("LaunchTemplate").equals(Cfn.map("LaunchTemplateId", Cfn.ref(lid), "Version",
                        Cfn.getAtt(lid, "LatestVersionNumber")))) {
            return null;
        }
        ImportedProps t = cx.props(lid);
        Map<String, Object> data = Cfn.asMap(t.rawProperties().get("LaunchTemplateData"));
        Object groups = data == null ? null : data.get("SecurityGroupIds");
        boolean plain = !t.hasAttributes() && t.rawProperties().keySet().equals(java.util.Set.of("LaunchTemplateData"))
                && java.util.Set.of("ImageId", "InstanceType", "SecurityGroupIds").containsAll(data.keySet())
                && text(data.get("ImageId")) != null && text(data.get("InstanceType")) != null
                && (groups == null || Cfn.asList(groups) != null && groups(data).size() == Cfn.asList(groups).size());
        return plain && onlyUsedBy(lid, groupLid) ? lid : null;
    }

    private boolean onlyUsedBy(String lid, String user) {
        return cx.resources.entrySet().stream().noneMatch(e -> !e.getKey().equals(user)
                && TemplateChecks.referencesOf(Cfn.asMap(e.getValue())).contains(lid));
    }

    /** Without {@code VPCZoneIdentifier} the group launches in the default subnet of each of its zones. */
    private List<String> defaultSubnets(ImportedProps p) throws Unresolved {
        Object raw = p.raw("AvailabilityZones"); // kept as an extra: export writes it back as read
        List<Object> zones = raw == null ? null : Cfn.asList(cx.intrinsics.resolve(raw));
        if (zones == null || zones.isEmpty()) {
            throw new Unresolved(ImportedProps.at("AvailabilityZones") + "neither zones nor VPCZoneIdentifier");
        }
        List<String> out = new ArrayList<>();
        for (Object zone : zones) {
            if (!(zone instanceof String name)) {
                throw new Unresolved(ImportedProps.at("AvailabilityZones") + Explain.brief(zone) + " is not a zone");
            }
            out.add(cx.externals.defaultSubnet(name).id());
        }
        return out;
    }

    private static int required(ImportedProps p, String key) throws Unresolved {
        Integer v = p.integer(key);
        if (v == null) {
            throw new Unresolved(ImportedProps.at(key) + "missing");
        }
        return v;
    }

    /** The name of the launch template or configuration resource the group launches from, else a short description. */
    private String launchSource(ImportedProps p) {
        String lid = launchResource(p);
        if (lid != null) {
            return cx.name(lid);
        }
        for (String key : dev.archway.model.stacks.CfnResourceCount.LAUNCH_SOURCES) {
            if (p.has(key)) {
                return Explain.brief(p.raw(key));
            }
        }
        return "none";
    }

    /** The logical id of the template's launch template or configuration the group names, else null. */
    private String launchResource(ImportedProps p) {
        Object config = p.raw("LaunchConfigurationName");
        Map<String, Object> template = Cfn.asMap(p.raw("LaunchTemplate"));
        Object ref = config != null ? config : template == null ? null
                : template.getOrDefault("LaunchTemplateId", template.get("LaunchTemplateName"));
        try {
            Object resolved = ref == null ? null : cx.intrinsics.resolve(ref);
            return resolved instanceof ResourceRef r && cx.resources.containsKey(r.logicalId()) ? r.logicalId() : null;
        } catch (Unresolved e) {
            return null;
        }
    }

    /** What the instances are launched with: the launch template's data, or the launch configuration's properties. */
    private Map<String, Object> launchData(ImportedProps p) {
        String lid = launchResource(p);
        Map<String, Object> props = lid == null ? null : cx.props(lid).rawProperties();
        if (props == null) {
            return Map.of();
        }
        if ("AWS::EC2::LaunchTemplate".equals(cx.typeOf(lid))) {
            Map<String, Object> data = Cfn.asMap(props.get("LaunchTemplateData"));
            return data == null ? Map.of() : data;
        }
        Map<String, Object> asTemplate = new java.util.LinkedHashMap<>(props);
        asTemplate.put("SecurityGroupIds", props.get("SecurityGroups"));
        return asTemplate;
    }

    /** The instances' security groups where they are groups of the design; none when any is not. */
    private List<String> groups(Map<String, Object> launch) {
        Object raw = launch.get("SecurityGroupIds");
        List<Object> nics = Cfn.asList(launch.get("NetworkInterfaces"));
        if (raw == null && nics != null && nics.size() == 1 && Cfn.asMap(nics.get(0)) != null) {
            raw = Cfn.asMap(nics.get(0)).get("Groups");
        }
        List<String> out = new ArrayList<>();
        try {
            Object resolved = raw == null ? null : cx.intrinsics.resolve(raw);
            List<Object> items = resolved == null ? List.of() : Cfn.asList(resolved);
            for (Object item : items == null ? List.of() : items) {
                out.add(cx.referenced(item, SecurityGroup.class).id());
            }
            return out;
        } catch (Unresolved | RuntimeException e) {
            return List.of();
        }
    }

    /** A launch field as the instances get it (a Parameter's value under the assumptions); null if unknown. */
    private String text(Object value) {
        try {
            Object v = value == null ? null : cx.intrinsics.resolve(value);
            return v == null || v == Intrinsics.NO_VALUE || v instanceof Map || v instanceof List ? null
                    : String.valueOf(Intrinsics.literal(v));
        } catch (Unresolved e) {
            return null;
        }
    }
}
