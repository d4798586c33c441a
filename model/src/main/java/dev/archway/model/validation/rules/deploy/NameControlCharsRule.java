package dev.archway.model.validation.rules.deploy;

import dev.archway.model.catalog.ElementTypes;
import dev.archway.model.Element;
import dev.archway.model.ElementFields;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import java.util.List;
import java.util.Map;

/**
 * NAME-CONTROL-CHARS: names, domain names and the other text of an element hold no control characters, line breaks
 * or bidirectional overrides. Such text came from a damaged or hostile file: AWS refuses it in tags and names, and it would reach generated code and
 * configuration (escaped there, but still misleading to read).
 */
public final class NameControlCharsRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("NAME-CONTROL-CHARS", Severity.ERROR,
            "Names and other text of elements hold no control characters",
            "AWS accepts letters, digits, spaces and a few punctuation marks in names and tag values; a line break, a "
                    + "control character or a bidirectional override comes from a damaged or hostile file and makes "
                    + "the name display as something it is not.",
            AwsDocs.TAG_RESTRICTIONS);

    public NameControlCharsRule() {
        super(INFO, ElementTypes.all());
    }

    @Override
    public List<Finding> check(Element element, Topology index) {
        for (Map.Entry<String, Object> field : ElementFields.of(element).entrySet()) {
            List<?> values = field.getValue() instanceof List<?> list ? list : java.util.Collections.singletonList(
                    field.getValue());
            for (Object value : values) {
                if (value instanceof Map<?, ?>) {
                    continue; // a kept resource's template properties: data (a ZipFile's code, UserData), not a name
                }
                int bad = String.valueOf(value).codePoints().filter(NameControlCharsRule::isControl).findFirst()
                        .orElse(-1);
                if (bad >= 0) {
                    return List.of(Finding.of(INFO, element, "the %s of %s holds the control character U+%04X"
                            .formatted(field.getKey(), element.id(), bad), null));
                }
            }
        }
        return List.of();
    }

    static boolean isControl(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
