package dev.archway.model.validation;

import dev.archway.model.Element;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.DesignRule;
import dev.archway.model.rule.ElementRule;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Rule;
import dev.archway.model.rule.Severity;
import dev.archway.model.stacks.CfnResourceCount;
import java.util.List;
import java.util.Optional;

/**
 * Runs one check, none on an element whose template Condition is false under the assumptions; a rule that throws
 * yields an {@code INTERNAL} finding naming the rule, never a crashed run. An element rule does not check an external
 * element (one a template takes from another stack or a Parameter): what it is there is that stack's to check; what
 * the design's own elements make of it is checked on them.
 */
final class CheckRunner {
    static final String INTERNAL = "INTERNAL";

    private CheckRunner() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Finding> run(Rule rule, Element subject, Topology index) {
        if (subject != null && index.absent(subject)) {
            return List.of(); // its template Condition is false: it is not deployed
        }
        if (subject != null && index.cfnExtras(subject.id()).containsKey(CfnResourceCount.EXTERNAL)) {
            return List.of(); // another stack's (or a Parameter's) element: checked where it is defined
        }
        try {
            if (rule instanceof ElementRule elementRule) {
                return List.copyOf((List<Finding>) elementRule.check(subject, index));
            }
            return List.copyOf(((DesignRule) rule).check(index));
        } catch (RuntimeException e) {
            String on = subject == null ? "the design" : subject.name();
            List<String> ids = subject == null ? List.of() : List.of(subject.id());
            List<String> names = subject == null ? List.of() : List.of(subject.name());
            return List.of(new Finding(INTERNAL, Severity.ERROR, ids, names,
                    "rule " + rule.info().id() + " failed on " + on + ": " + e, Optional.empty()));
        }
    }
}
