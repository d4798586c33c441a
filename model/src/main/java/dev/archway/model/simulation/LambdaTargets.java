package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambda target groups: the ALB invokes the function (one at most per group) with the request as an event and
 * answers with what it returns. The function is kept as written, so the simulation ends there, forwarded.
 */
final class LambdaTargets {
    private LambdaTargets() {
    }

    /** The functions a forward reaches when every group taking traffic is a Lambda group; else empty. */
    static List<String> functionsOf(Design design, List<RoutePlan.GroupPlan> groups) {
        List<String> names = new ArrayList<>();
        for (RoutePlan.GroupPlan g : groups) {
            TargetGroup tg = g.state.group();
            if (g.weight == 0) {
                continue;
            }
            if (tg.targetType() != TargetType.LAMBDA || tg.targets().isEmpty()) {
                return List.of();
            }
            tg.targets().forEach(t -> names.add(design.nameOf(t.targetId())));
        }
        return names;
    }
}
