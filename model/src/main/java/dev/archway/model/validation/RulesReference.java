package dev.archway.model.validation;

import dev.archway.model.rule.Rule;
import dev.archway.model.rule.RuleInfo;
import java.util.List;

/** The rules reference ({@code docs/rules.md}), generated from the registry so that it cannot drift from the code. */
public final class RulesReference {
    private RulesReference() {
    }

    public static String markdown() {
        return markdown(Rules.all());
    }

    static String markdown(List<Rule> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# Validation rules\n\n");
        md.append("Generated from `Rules.all()` by `RulesReference`; `RulesReferenceTest` fails when this file is stale.\n");
        md.append("Regenerate: `mvn -pl model test -Dtest=RulesReferenceTest -Darchway.updateDocs=true`.\n\n");
        md.append("Severities: **error** = AWS rejects it or traffic cannot flow; **warning** = security or availability ")
                .append("practice; **info** = advice. Rule ids are stable.\n\n");
        md.append("| id | severity | rule (the healthy condition) | why | AWS documentation |\n");
        md.append("|---|---|---|---|---|\n");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            md.append("| `").append(info.id()).append("` | ").append(info.severity().label()).append(" | ")
                    .append(cell(info.title())).append(" | ").append(cell(info.explanation())).append(" | ")
                    .append(info.docUrl()).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
