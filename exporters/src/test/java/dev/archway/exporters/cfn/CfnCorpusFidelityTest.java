package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template of the shared corpora (realworld-dev and the AWS samples), measured by {@link CorpusFidelity}:
 * import then export (JSON and YAML) gives every resource back with the same Type, Condition and Properties; each
 * network, load-balancing, target or database resource that stays opaque says where and why; cfn-lint finds
 * nothing in an export that it does not find in the original. The report test prints one line per template.
 */
class CfnCorpusFidelityTest {

    static Stream<Path> templates() throws Exception {
        List<Path> all = new ArrayList<>(CorpusFidelity.templates(CorpusFidelity.REALWORLD));
        all.addAll(CorpusFidelity.templates(CorpusFidelity.OLDER));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyResourceComesBackAndEveryKeptOneSaysWhy(Path template) throws Exception {
        CorpusFidelity f = CorpusFidelity.of(template);
        assertEquals(List.of(), f.changed(), "changed by import then export");
        assertEquals(f.resources(), f.sameJson(), "JSON export");
        for (String why : f.kept()) {
            assertTrue(why.matches("Resources\\.\\w+(\\.Properties\\.\\w+)?: .+"), why);
        }
    }

    @Test
    void reportsModelledAndRoundTripFiguresPerTemplate() throws Exception {
        int counted = 0;
        int modelled = 0;
        for (Path t : templates().toList()) {
            CorpusFidelity f = CorpusFidelity.of(t);
            System.out.println(f.line());
            f.kept().forEach(k -> System.out.println("    kept " + k));
            counted += f.counted();
            modelled += f.modelled();
        }
        System.out.printf("TOTAL modelled %d of %d%n", modelled, counted);
        assertTrue(modelled > 0);
    }

    /** Warnings count too: an export may not add any finding, of any level, that the original does not have. */
    @Test
    void exportAddsNoLintFindingsToRealWorldTemplates() throws Exception {
        Path dir = Files.createTempDirectory("archway-realworld-lint");
        Map<Path, Path> exportOf = new LinkedHashMap<>();
        for (Path original : CorpusFidelity.templates(CorpusFidelity.REALWORLD)) {
            Path exported = dir.resolve(exportOf.size() + ".yaml");
            Files.writeString(exported, new CfnYamlExporter().render(new CfnImporter().importTemplate(original))
                    .content());
            exportOf.put(original, exported);
        }
        List<Path> all = new ArrayList<>(exportOf.keySet());
        all.addAll(exportOf.values());
        Map<String, Set<String>> rules = new HashMap<>();
        for (String line : CfnLint.errorsAndWarnings(all.toArray(Path[]::new))) {
            String[] parts = line.split(":");
            rules.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[5]);
        }
        assertTrue(!rules.isEmpty(), "the linter's findings are read");
        Map<String, Set<String>> added = new LinkedHashMap<>();
        for (Map.Entry<Path, Path> e : exportOf.entrySet()) {
            Set<String> more = new TreeSet<>(rules.getOrDefault(e.getValue().toString(), Set.of()));
            more.removeAll(rules.getOrDefault(e.getKey().toString(), Set.of()));
            if (!more.isEmpty()) {
                added.put(e.getKey().getFileName().toString(), more);
            }
        }
        assertEquals(Map.of(), added);
    }
}
