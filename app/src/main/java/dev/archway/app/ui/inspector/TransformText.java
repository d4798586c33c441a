package dev.archway.app.ui.inspector;

import dev.archway.model.lb.RuleTransform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule's transforms as one line of text: {@code host-header-rewrite: ^(.*)\.example\.com$ => $1.internal;
 * url-rewrite: ^/api/(.*) => /$1}. Each item is one rewrite; items of the same type form one transform, in order.
 */
final class TransformText {
    private static final String ARROW = " => ";

    private TransformText() {
    }

    static String format(List<RuleTransform> transforms) {
        List<String> items = new ArrayList<>();
        for (RuleTransform t : transforms) {
            t.rewrites().forEach(r -> items.add(t.type().cfnName() + ": " + r.regex() + ARROW + r.replace()));
        }
        return String.join("; ", items);
    }

    static List<RuleTransform> parse(String text) {
        Map<RuleTransform.Type, List<RuleTransform.Rewrite>> byType = new LinkedHashMap<>();
        for (String item : text.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            int arrow = item.indexOf(ARROW);
            if (colon < 0 || arrow < colon) {
                throw new IllegalArgumentException("write host-header-rewrite: REGEX => REPLACE or url-rewrite: "
                        + "REGEX => REPLACE");
            }
            RuleTransform.Type type = type(item.substring(0, colon).trim());
            String regex = item.substring(colon + 1, arrow).trim();
            checkRegex(regex);
            byType.computeIfAbsent(type, k -> new ArrayList<>())
                    .add(new RuleTransform.Rewrite(regex, item.substring(arrow + ARROW.length()).trim()));
        }
        return byType.entrySet().stream().map(e -> new RuleTransform(e.getKey(), e.getValue())).toList();
    }

    private static RuleTransform.Type type(String name) {
        try {
            return RuleTransform.Type.fromCfn(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a transform is host-header-rewrite or url-rewrite, not '" + name + "'");
        }
    }

    private static void checkRegex(String regex) {
        if (regex.isEmpty()) {
            throw new IllegalArgumentException("a rewrite needs a regex");
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a regex: " + e.getDescription());
        }
    }
}
