package dev.archway.model.rule;

import dev.archway.model.query.Topology;
import java.util.List;

/**
 * A rule over the whole design (overlaps between all subnets). It reads the types it needs through
 * {@link Topology#all}, so the incremental validator re-runs it whenever an element of such a type changes.
 */
public interface DesignRule extends Rule {

    List<Finding> check(Topology index);

    /**
     * True for a rule that plans over the whole design, too costly to re-run inside every edit of a large design:
     * an editor may let it run after a pause (see {@link IncrementalValidator#deferCostlyChecks}).
     */
    default boolean costly() {
        return false;
    }
}
