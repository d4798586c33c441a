package dev.archway.app.cli.output;

import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many findings of each severity. */
record FindingCounts(int errors, int warnings, int infos) {

    static FindingCounts of(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return new FindingCounts(counts.getOrDefault(Severity.ERROR, 0), counts.getOrDefault(Severity.WARNING, 0),
                counts.getOrDefault(Severity.INFO, 0));
    }

    int total() {
        return errors + warnings + infos;
    }
}
