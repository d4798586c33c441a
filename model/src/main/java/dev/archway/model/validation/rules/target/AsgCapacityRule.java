package dev.archway.model.validation.rules.target;

import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.List;

/**
 * ASG-CAPACITY: an Auto Scaling group's desired capacity lies between its minimum and maximum size, and the minimum
 * is not above the maximum. AWS rejects the group otherwise (the stack fails to create or update).
 */
public final class AsgCapacityRule extends KindRule<AutoScalingGroup> {
    public static final RuleInfo INFO = new RuleInfo("ASG-CAPACITY", Severity.ERROR,
            "Auto Scaling capacity lies between minimum and maximum",
            "The desired capacity of an Auto Scaling group must be at least its minimum size and at most its "
                    + "maximum size, and the minimum cannot exceed the maximum; AWS rejects any other group.",
            AwsDocs.ASG_CAPACITY);

    public AsgCapacityRule() {
        super(INFO, List.of(AutoScalingGroup.class));
    }

    @Override
    public List<Finding> check(AutoScalingGroup g, Topology index) {
        if (g.minSize() > g.maxSize()) {
            return List.of(Finding.of(INFO, g, "%s has minimum size %d above its maximum size %d".formatted(g.name(),
                    g.minSize(), g.maxSize()), Fixes.edit("Set the maximum size of %s to %d".formatted(g.name(),
                            Math.max(g.minSize(), g.desiredCapacity())), g.id(), AutoScalingGroup.class,
                            c -> c.withCapacity(c.minSize(), c.desiredCapacity(),
                                    Math.max(c.minSize(), c.desiredCapacity())))));
        }
        if (g.desiredCapacity() < g.minSize() || g.desiredCapacity() > g.maxSize()) {
            int fitted = Math.max(g.minSize(), Math.min(g.desiredCapacity(), g.maxSize()));
            return List.of(Finding.of(INFO, g, "%s wants %d instances, outside its size %d to %d".formatted(g.name(),
                    g.desiredCapacity(), g.minSize(), g.maxSize()), Fixes.edit("Set the desired capacity of %s to %d"
                            .formatted(g.name(), fitted), g.id(), AutoScalingGroup.class,
                            c -> c.withCapacity(c.minSize(), fitted, c.maxSize()))));
        }
        return List.of();
    }
}
