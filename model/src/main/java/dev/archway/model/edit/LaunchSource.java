package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.command.CompositeCommand;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.command.SetCfnExtrasCommand;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an Auto Scaling group launches from: a launch template (or configuration) its template named, or one export
 * writes from the group's instance type, image and security groups. Switching to the written one drops the named
 * source; undo brings it back.
 */
public final class LaunchSource {
    private LaunchSource() {
    }

    /** Whether export writes the group's launch template. */
    public static boolean writtenByArchway(Design design, AutoScalingGroup g) {
        return new CfnResourceCount(design).writesLaunchTemplate(g);
    }

    /** The group launching from a template export writes from its type and image. */
    public static Edit writeFromTypeAndImage(Design design, String groupId) {
        AutoScalingGroup g = design.get(groupId, AutoScalingGroup.class);
        if (g == null || writtenByArchway(design, g)) {
            return Edit.refused("Archway already writes this group's launch template");
        }
        if (g.instanceType() == null || g.imageId() == null) {
            return Edit.refused("Give the group an instance type and an image first");
        }
        Map<String, Object> extras = new LinkedHashMap<>(design.cfnExtras(groupId));
        CfnResourceCount.LAUNCH_SOURCES.forEach(extras::remove);
        String label = "Launch " + g.name() + " from its type and image";
        return Edit.of(new CompositeCommand(label, List.of(new PutElementCommand(label, new AutoScalingGroup(g.id(),
                g.name(), g.vpcId(), g.subnetIds(), g.securityGroupIds(), g.minSize(), g.desiredCapacity(),
                g.maxSize(), g.instanceType(), g.imageId(), null)), new SetCfnExtrasCommand(label, groupId, extras))),
                groupId);
    }
}
