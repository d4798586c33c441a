package dev.archway.model.rule;

import dev.archway.model.Element;
import java.util.List;
import java.util.Optional;

/**
 * One problem: the rule, its severity, the elements involved (ids for selection, names for people; a name of an
 * imported template element is its logical id), a message naming them, and the fix if there is one.
 */
public record Finding(String ruleId, Severity severity, List<String> resourceIds, List<String> resourceNames,
        String message, Optional<Fix> fix) {

    public Finding {
        resourceIds = List.copyOf(resourceIds);
        resourceNames = List.copyOf(resourceNames);
    }

    /** A finding of a rule on the given elements (subject first); {@code fix} may be null. */
    public static Finding of(RuleInfo rule, List<? extends Element> elements, String message, Fix fix) {
        return new Finding(rule.id(), rule.severity(), elements.stream().map(Element::id).toList(),
                elements.stream().map(Element::name).toList(), message, Optional.ofNullable(fix));
    }

    public static Finding of(RuleInfo rule, Element element, String message, Fix fix) {
        return of(rule, List.of(element), message, fix);
    }

    /** Does the finding name this element (for badges on the canvas and selecting from the findings list)? */
    public boolean involves(String elementId) {
        return resourceIds.contains(elementId);
    }

    /** {@code LB-TWO-AZ [WebAlb, PublicA]}: the rule and the resources, what fixture tests compare. */
    public String summary() {
        return ruleId + " " + resourceNames;
    }
}
