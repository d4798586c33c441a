package dev.archway.model.rule;

import dev.archway.model.Element;
import dev.archway.model.query.Unknown;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a rule says it cannot decide because a fact it needs is unknown (an outside subnet's AZ or tier, an outside
 * group's rules): an info finding of the rule, "cannot tell ...; set assumption ...", naming each assumption that
 * would decide it. Never an error on a guess, never silence.
 */
public final class CannotTell {
    public static final String PREFIX = "cannot tell ";

    private CannotTell() {
    }

    /**
     * The finding on {@code subject} (and the elements whose facts are unknown). {@code question} says what the rule
     * wanted to know: "whether Alb spans two Availability Zones".
     */
    public static Finding finding(RuleInfo rule, Element subject, String question, List<Unknown> unknowns) {
        Set<Element> elements = new LinkedHashSet<>();
        elements.add(subject);
        Set<String> facts = new LinkedHashSet<>();
        Set<String> assumptions = new LinkedHashSet<>();
        for (Unknown u : unknowns) {
            elements.add(u.element());
            facts.add(u.fact());
            assumptions.add(u.assumption());
        }
        String message = PREFIX + question + ": " + String.join(", ", facts) + " not known; set assumption "
                + String.join(", ", assumptions);
        List<Element> involved = new ArrayList<>(elements);
        return new Finding(rule.id(), Severity.INFO, involved.stream().map(Element::id).toList(),
                involved.stream().map(Element::name).toList(), message, Optional.empty());
    }

    /** Is this a "cannot tell" finding? */
    public static boolean is(Finding f) {
        return f.severity() == Severity.INFO && f.message().startsWith(PREFIX);
    }
}
