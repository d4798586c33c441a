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
