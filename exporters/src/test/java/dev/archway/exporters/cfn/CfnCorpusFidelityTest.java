package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * The share of counted resources modelled, per corpus, at least what is reached today; with
     * {@code -Darchway.updateDocs=true} the per-template tables of docs/cloudformation.md are rewritten.
     */
    @ParameterizedTest
    @CsvSource({"realworld-dev, 0.97", "aws-cloudformation-templates, 0.99"})
    void reportsModelledAndRoundTripFiguresPerTemplate(String corpus, double atLeast) throws Exception {
        int counted = 0;
        int modelled = 0;
        List<CorpusFidelity> all = new ArrayList<>();
        for (Path t : CorpusFidelity.templates(CorpusFidelity.REALWORLD.resolveSibling(corpus))) {
            CorpusFidelity f = CorpusFidelity.of(t);
            all.add(f);
            System.out.println(f.line());
            f.kept().forEach(k -> System.out.println("    kept " + k));
            counted += f.counted();
            modelled += f.modelled();
        }
        System.out.printf("TOTAL %s modelled %d of %d%n", corpus, modelled, counted);
        if (Boolean.getBoolean("archway.updateDocs")) {
            FidelityTables.update(corpus, FidelityTables.table(all));
        }
        assertTrue(counted == 0 || modelled >= atLeast * counted,
                corpus + ": " + modelled + " of " + counted + " modelled, below " + atLeast);
    }

    /** Warnings count too: an export may not add any finding, of any level, that the original does not have. */
    @Test
    void exportAddsNoLintFindingsToRealWorldTemplates() throws Exception {
        LintedExports lint = LintedExports.of(CorpusFidelity.templates(CorpusFidelity.REALWORLD), true);
        assertTrue(!lint.rulesByFile().isEmpty(), "the linter's findings are read");
        Map<String, Set<String>> added = new LinkedHashMap<>();
        for (Path original : lint.exportOf().keySet()) {
            if (!lint.addedBy(original).isEmpty()) {
                added.put(original.getFileName().toString(), lint.addedBy(original));
            }
        }
        assertEquals(Map.of(), added);
    }
}
