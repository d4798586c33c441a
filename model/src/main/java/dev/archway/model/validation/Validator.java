package dev.archway.model.validation;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.ElementRule;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a whole design against the rules. Findings come in a stable order: by rule (registry order), then by the
 * id of the element checked; {@link IncrementalValidator} keeps exactly the same list up to date after edits.
 */
public final class Validator {
    private final List<Rule> rules;

    public Validator() {
        this(Rules.all());
    }

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> validate(Design design) {
        Topology index = new Topology(design);
        List<Finding> findings = new ArrayList<>();
        Map<List<? extends Class<?>>, List<Element>> subjectsByTypes = new HashMap<>();
        for (Rule rule : rules) {
            if (rule instanceof ElementRule<?> elementRule) {
                List<Element> subjects = subjectsByTypes.computeIfAbsent(elementRule.subjectTypes(),
                        types -> subjects(design, elementRule));
                for (Element subject : subjects) {
                    findings.addAll(CheckRunner.run(rule, subject, index));
                }
            } else {
                findings.addAll(CheckRunner.run(rule, null, index));
            }
        }
        return findings;
    }

    static List<Element> subjects(Design design, ElementRule<?> rule) {
        List<Element> subjects = new ArrayList<>();
        for (Class<? extends Element> type : rule.subjectTypes()) {
            subjects.addAll(design.all(type));
        }
        subjects.sort(Comparator.comparing(Element::id));
        return subjects;
    }
}
