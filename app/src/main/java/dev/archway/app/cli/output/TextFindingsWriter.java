package dev.archway.app.cli.output;

import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Findings for people: grouped by severity, worst first, coloured only when writing to a terminal. */
public final class TextFindingsWriter implements FindingsWriter {
    private static final String RESET = "\u001b[0m";
    private final boolean colour;

    public TextFindingsWriter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(String fileName, List<Finding> findings, PrintWriter out) {
        String file = TerminalText.visible(fileName);
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println(paint(severity, plural(group.size(), severity.label())));
            for (Finding f : group) {
                out.println("  " + paint(severity, f.ruleId()) + "  " + TerminalText.visible(f.message()));
                out.println("      resources: " + TerminalText.visible(String.join(", ", f.resourceNames())));
                f.fix().ifPresent(fix -> out.println("      fix: " + TerminalText.visible(fix.label())));
            }
            out.println();
        }
        FindingCounts counts = FindingCounts.of(findings);
        out.println(counts.total() == 0 ? "No findings in " + file + "."
                : "%s: %s, %s, %s.".formatted(file, plural(counts.errors(), "error"), plural(counts.warnings(), "warning"),
                        plural(counts.infos(), "info")));
        out.flush();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }

    private String paint(Severity severity, String text) {
        if (!colour) {
            return text;
        }
        String code = severity == Severity.ERROR ? "\u001b[31;1m" : severity == Severity.WARNING ? "\u001b[33;1m" : "\u001b[36m";
        return code + text + RESET;
    }
}
