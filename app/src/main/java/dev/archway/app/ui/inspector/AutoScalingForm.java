package dev.archway.app.ui.inspector;

import dev.archway.model.edit.LaunchSource;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Subnet;
import java.util.function.UnaryOperator;

/** An Auto Scaling group: its subnets, security groups, capacity and what its instances launch from. */
final class AutoScalingForm {
    private static final String EDIT = "Edit Auto Scaling group";
    private final FormContext c;
    private final PropertyForm form;

    AutoScalingForm(FormContext c) {
        this.c = c;
        this.form = c.form();
    }

    void build(AutoScalingGroup g) {
        c.placed("vpcId", "VPC", g.vpcId());
        form.edits("subnetIds").checks("Subnets", c.inVpc(Subnet.class, g.vpcId(), Subnet::vpcId), g.subnetIds(),
                ids -> c.edit("Subnets of " + g.name(), g.withSubnets(ids)));
        c.securityGroups(g, g.vpcId());
        form.edits("minSize").text("Minimum size", String.valueOf(g.minSize()), v -> PropertyForm.intRange(v, 0,
                10000), v -> c.edit(EDIT, g.withCapacity(Integer.parseInt(v.trim()), g.desiredCapacity(),
                        g.maxSize())));
        form.edits("desiredCapacity").text("Desired capacity", String.valueOf(g.desiredCapacity()),
                v -> PropertyForm.intRange(v, 0, 10000), v -> c.edit(EDIT, g.withCapacity(g.minSize(),
                        Integer.parseInt(v.trim()), g.maxSize())));
        form.edits("maxSize").text("Maximum size", String.valueOf(g.maxSize()), v -> PropertyForm.intRange(v, 0,
                10000), v -> c.edit(EDIT, g.withCapacity(g.minSize(), g.desiredCapacity(),
                        Integer.parseInt(v.trim()))));
        form.edits("instanceType").text("Instance type", g.instanceType(), v -> v.matches("[a-z0-9-]+\\.[a-z0-9]+")
                ? null : "e.g. t3.micro", v -> edit(g, x -> new AutoScalingGroup(x.id(), x.name(), x.vpcId(),
                        x.subnetIds(), x.securityGroupIds(), x.minSize(), x.desiredCapacity(), x.maxSize(), v,
                        x.imageId(), x.launchTemplate())));
        form.edits("imageId").text("Image (AMI)", g.imageId(), PropertyForm::notBlank, v -> edit(g,
                x -> new AutoScalingGroup(x.id(), x.name(), x.vpcId(), x.subnetIds(), x.securityGroupIds(),
                        x.minSize(), x.desiredCapacity(), x.maxSize(), x.instanceType(), v.trim(),
                        x.launchTemplate())));
        form.info("Target groups", c.design().all(TargetGroup.class).stream().filter(tg -> tg.targetIds()
                .contains(g.id())).map(TargetGroup::name).reduce((a, b) -> a + ", " + b)
                .orElse("none: drag from a target group's handle to this group"));
        boolean written = LaunchSource.writtenByArchway(c.design(), g);
        form.info("Launches from", written ? "a launch template Archway writes from the type and image"
                : g.launchTemplate() == null ? "what its template names" : g.launchTemplate());
        form.edits("launchTemplate").flag("Launch from a template Archway writes from the type and image", written,
                b -> c.apply(LaunchSource.writeFromTypeAndImage(c.design(), g.id())))
                .setDisable(written); // back to the template's own source: undo

    }

    private void edit(AutoScalingGroup g, UnaryOperator<AutoScalingGroup> change) {
        c.edit(EDIT, change.apply(g));
    }
}
