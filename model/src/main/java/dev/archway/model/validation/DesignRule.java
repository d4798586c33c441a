package dev.archway.model.validation;

import java.util.List;

/**
 * A rule over the whole design (overlaps between all subnets). It reads the types it needs through
 * {@link DesignIndex#all}, so the incremental validator re-runs it whenever an element of such a type changes.
 */
public interface DesignRule extends Rule {

    List<Finding> check(DesignIndex index);
}
