package dev.archway.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.command.CommandStack;
import dev.archway.model.lb.AutoScalingGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An Auto Scaling group read from a template that names its launch template can launch from Archway's instead. */
class LaunchSourceTest {
    private static final Map<String, Object> NAMED = Map.of("LaunchTemplate", Map.of("LaunchTemplateId",
            Map.of("Ref", "WebLt"), "Version", "1"), "HealthCheckType", "ELB");

    private static CommandStack imported() {
        Design d = new Design("asg");
        d.put(new AutoScalingGroup("web", "Web", null, List.of(), List.of(), 1, 2, 4, "t3.micro", "ami-0123", "WebLt"));
        d.setCfnExtras("web", NAMED);
        return new CommandStack(d);
    }

    @Test
    void switchingDropsTheNamedSourceKeepsTheRestAndUndoes() {
        CommandStack stack = imported();
        Design d = stack.design();
        assertFalse(LaunchSource.writtenByArchway(d, d.get("web", AutoScalingGroup.class)));
        Edit edit = LaunchSource.writeFromTypeAndImage(d, "web");
        stack.execute(edit.command());
        AutoScalingGroup web = d.get("web", AutoScalingGroup.class);
        assertNull(web.launchTemplate());
        assertTrue(LaunchSource.writtenByArchway(d, web));
        assertEquals(Map.of("HealthCheckType", "ELB"), d.cfnExtras("web"));
        stack.undo();
        assertEquals("WebLt", d.get("web", AutoScalingGroup.class).launchTemplate());
        assertEquals(NAMED, d.cfnExtras("web"));
    }

    @Test
    void aGroupThatLaunchesFromArchwaysTemplateAlreadyIsRefused() {
        CommandStack stack = imported();
        stack.execute(LaunchSource.writeFromTypeAndImage(stack.design(), "web").command());
        assertTrue(LaunchSource.writeFromTypeAndImage(stack.design(), "web").refusal().contains("already"));
    }
}
