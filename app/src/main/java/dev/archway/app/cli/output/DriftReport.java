package dev.archway.app.cli.output;

import dev.archway.model.diff.Drift;
import dev.archway.model.diff.ElementChange;
import dev.archway.model.diff.PropertyChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drift as people and tools read it: one headline per element ({@code + } only in the account, {@code - } only
 * in the design, {@code ~ } differs) and, under a differing one, each property with the entries or values that
 * differ. The CLI prints it; the GUI's drift list shows the same lines.
 */
public final class DriftReport {
    private DriftReport() {
    }

    public static String text(String fileName, Drift drift) {
        String file = TerminalText.visible(fileName);
        if (drift.isEmpty()) {
            return "No drift: the account matches " + file + ".";
        }
        StringBuilder out = new StringBuilder("Drift between " + file + " and the account:\n");
        for (ElementChange c : drift.diff().changes()) {
            out.append("  ").append(TerminalText.visible(headline(c))).append('\n');
            details(drift, c).forEach(line -> out.append("      ").append(TerminalText.visible(line)).append('\n'));
        }
        return out.append(summary(drift)).toString();
    }

    /** "3 differences: 1 only in the account, 1 only in the design, 1 changed". */
    public static String summary(Drift drift) {
        int total = drift.diff().changes().size();
        return total + (total == 1 ? " difference: " : " differences: ") + drift.accountOnly().size()
                + " only in the account, " + drift.designOnly().size() + " only in the design, "
                + drift.differing().size() + " changed";
    }

    public static String headline(ElementChange c) {
        String what = c.element().kind().label() + " " + c.name();
        return switch (c.type()) {
            case ADDED -> "+ " + what + " (only in the account)";
            case REMOVED -> "- " + what + " (only in the design)";
            default -> "~ " + what + ": " + String.join(", ", c.fields());
        };
    }

    /** Under a differing element: per property, the list entries on one side only, or both values. */
    public static List<String> details(Drift drift, ElementChange c) {
        List<String> lines = new ArrayList<>();
        for (PropertyChange p : drift.properties(c)) {
            if (p.isList()) {
                p.onlyInDesign().forEach(v -> lines.add(p.field() + ": - " + describe(drift, v) + " (design only)"));
                p.onlyInAccount().forEach(v -> lines.add(p.field() + ": + " + describe(drift, v) + " (account only)"));
            } else {
                lines.add(p.field() + ": design " + describe(drift, p.inDesign()) + ", account "
                        + describe(drift, p.inAccount()));
            }
        }
        return lines;
    }

    public static String json(String file, Drift drift) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("design", file);
        root.put("drift", !drift.isEmpty());
        root.put("accountOnly", drift.accountOnly().stream().map(DriftReport::element).toList());
        root.put("designOnly", drift.designOnly().stream().map(DriftReport::element).toList());
        root.put("changed", drift.differing().stream().map(c -> changed(drift, c)).toList());
        return JsonOutput.write(root);
    }

    private static Map<String, Object> element(ElementChange c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", c.element().kind().label());
        item.put("name", c.name());
        return item;
    }

    private static Map<String, Object> changed(Drift drift, ElementChange c) {
        Map<String, Object> item = element(c);
        List<Map<String, Object>> properties = new ArrayList<>();
        for (PropertyChange p : drift.properties(c)) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("property", p.field());
            if (p.isList()) {
                property.put("onlyInDesign", p.onlyInDesign().stream().map(v -> describe(drift, v)).toList());
                property.put("onlyInAccount", p.onlyInAccount().stream().map(v -> describe(drift, v)).toList());
            } else {
                property.put("design", describe(drift, p.inDesign()));
                property.put("account", describe(drift, p.inAccount()));
            }
            properties.add(property);
        }
        item.put("properties", properties);
        return item;
    }

    private static String describe(Drift drift, Object value) {
        return PropertyChange.describe(value, drift::nameOf);
    }
}
