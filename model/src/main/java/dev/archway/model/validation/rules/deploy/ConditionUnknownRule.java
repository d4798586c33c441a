package dev.archway.model.validation.rules.deploy;

import dev.archway.model.Element;
import dev.archway.model.catalog.ElementTypes;
import dev.archway.model.query.ConditionState;
import dev.archway.model.query.Topology;
import dev.archway.model.query.Unknown;
import dev.archway.model.rule.CannotTell;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;
import java.util.Map;

/**
 * CONDITION-UNKNOWN: whether a conditional element of a template is deployed can be told under the assumptions. Its
 * Condition reads a Parameter without a default that no assumption gives a value: the rules check the element as if
 * it were deployed, and this says which assumption would decide.
 */
public final class ConditionUnknownRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("CONDITION-UNKNOWN", Severity.INFO,
            "Conditional elements have a Condition that can be told under the assumptions",
            "A template's Condition decides whether a resource is created; when it reads a Parameter without a default "
                    + "and no value is assumed for it, nobody can tell whether the resource exists, so its findings "
                    + "may or may not apply.",
            AwsDocs.CFN_CONDITIONS);

    public ConditionUnknownRule() {
        super(INFO, ElementTypes.all());
    }

    @Override
    public List<Finding> check(Element element, Topology index) {
        Map<String, Object> extras = index.cfnExtras(element.id());
        String condition = ConditionState.condition(extras);
        if (condition == null || ConditionState.holds(extras) != null) {
            return List.of();
        }
        List<String> unset = ConditionState.unset(extras);
        List<Unknown> unknown = unset.stream().map(p -> new Unknown(element, "Parameter " + p + " (read by "
                + condition + ")", "parameters." + p)).toList();
        return List.of(CannotTell.finding(INFO, element, "whether " + element.name() + " is deployed",
                unknown.isEmpty() ? List.of(new Unknown(element, "Condition " + condition, "parameters")) : unknown));
    }
}
