package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures every template of the shared corpora (see {@link CorpusFidelity}) and prints one line per template. */
class CfnCorpusFidelityTest {

    @Test
    void reportsModelledAndRoundTripFiguresPerTemplate() throws Exception {
        List<Path> all = new ArrayList<>(CorpusFidelity.templates(CorpusFidelity.REALWORLD));
        all.addAll(CorpusFidelity.templates(CorpusFidelity.OLDER));
        int counted = 0;
        int modelled = 0;
        int resources = 0;
        int same = 0;
        for (Path t : all) {
            CorpusFidelity f = CorpusFidelity.of(t);
            System.out.println(f.line());
            f.kept().forEach(k -> System.out.println("    kept " + k));
            System.out.println("    changed: " + f.changed());
            counted += f.counted();
            modelled += f.modelled();
            resources += f.resources();
            same += Math.min(f.sameJson(), f.sameYaml());
        }
        System.out.printf("TOTAL %d templates: modelled %d of %d; round trip %d of %d resources%n", all.size(),
                modelled, counted, same, resources);
        assertTrue(modelled <= counted);
    }
}
