package dev.archway.model.edit;

import dev.archway.model.Element;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import java.util.ArrayList;
import java.util.List;

/** A target registered in a target group, when the group's target type admits it. */
final class Registration {
    private Registration() {
    }

    static Connections.Result register(TargetGroup tg, Element to) {
        boolean instance = to instanceof Ec2Instance || to instanceof AutoScalingGroup;
        boolean ip = to instanceof IpTarget;
        boolean service = to instanceof EcsService;
        if (!instance && !ip && !service) {
            return Connections.Result.no("A target group registers EC2 instances, Auto Scaling groups, IP targets or ECS "
                    + "services, not a "
                    + Containment.phrase(to.kind()));
        }
        if (instance && tg.targetType() != TargetType.INSTANCE) {
            return Connections.Result.no("Target group " + tg.name() + " has target type "
                    + Labels.of(tg.targetType()) + "; an " + Containment.phrase(to.kind()) + " needs type instance");
        }
        if (ip && tg.targetType() != TargetType.IP) {
            return Connections.Result.no("Target group " + tg.name() + " has target type "
                    + Labels.of(tg.targetType()) + "; an IP target needs type IP");
        }
        if (tg.targetIds().contains(to.id())) {
            return Connections.already(to.name() + " is registered in " + tg.name());
        }
        List<TargetRegistration> targets = new ArrayList<>(tg.targets());
        targets.add(new TargetRegistration(to.id(), null));
        return Connections.Result.ok(tg.withTargets(targets));
    }
}
