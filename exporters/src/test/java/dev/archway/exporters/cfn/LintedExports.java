package dev.archway.exporters.cfn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Templates imported and exported as YAML, then linted in one cfn-lint run beside their originals. */
record LintedExports(Map<Path, Path> exportOf, Map<String, Set<String>> rulesByFile) {

    static LintedExports of(List<Path> originals, boolean warningsToo) throws Exception {
        Path dir = Files.createTempDirectory("archway-lint");
        Map<Path, Path> exportOf = new LinkedHashMap<>();
        for (Path original : originals) {
            Path exported = dir.resolve(exportOf.size() + ".yaml");
            Files.writeString(exported, new CfnYamlExporter().render(new CfnImporter().importTemplate(original))
                    .content());
            exportOf.put(original, exported);
        }
        List<Path> all = new ArrayList<>(exportOf.keySet());
        all.addAll(exportOf.values());
        Path[] files = all.toArray(Path[]::new);
        Map<String, Set<String>> rules = new HashMap<>();
        for (String line : warningsToo ? CfnLint.errorsAndWarnings(files) : CfnLint.errors(files)) {
            String[] parts = line.split(":");
            rules.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[5]);
        }
        return new LintedExports(exportOf, rules);
    }

    /** The rule ids cfn-lint reported for a file (an original or an export). */
    Set<String> rulesOf(Path file) {
        return rulesByFile.getOrDefault(file.toString(), Set.of());
    }

    /** The rule ids the export of {@code original} has and the original does not. */
    Set<String> addedBy(Path original) {
        Set<String> added = new TreeSet<>(rulesOf(exportOf.get(original)));
        added.removeAll(rulesOf(original));
        return added;
    }
}
