package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CfnRoundTripTest {

    static Design viaJson(Design d) throws Exception {
        return new CfnImporter().importText(new CfnJsonExporter().render(d).content(), Path.of("t.json"));
    }

    static Design viaYaml(Design d) throws Exception {
        return new CfnImporter().importText(new CfnYamlExporter().render(d).content(), Path.of("t.yaml"));
    }

    /** Equal designs; on a difference, the message lists what differs. */
    static void assertSameDesign(Design expected, Design actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> only = new java.util.ArrayList<>(describe(expected));
        only.removeAll(describe(actual));
        List<String> onlyActual = new java.util.ArrayList<>(describe(actual));
        onlyActual.removeAll(describe(expected));
        assertEquals(only, onlyActual);
        assertEquals(expected, actual);
    }

    private static List<String> describe(Design d) {
        List<String> out = new java.util.ArrayList<>(List.of("name " + d.name()));
        d.elements().forEach(e -> out.add(e.toString()));
        d.layout().forEach((k, v) -> out.add("layout " + k + " " + v));
        d.allCfnExtras().forEach((k, v) -> out.add("extras " + k + " " + v));
        java.util.Collections.sort(out);
        return out;
    }

    @Test
    void jsonRoundTripGivesTheDesignBack() throws Exception {
        Design d = CfnFixtures.everything();
        assertSameDesign(d, viaJson(d));
    }

    @Test
    void yamlRoundTripGivesTheDesignBack() throws Exception {
        Design d = CfnFixtures.everything();
        assertEquals(d, viaYaml(d));
    }

    @Test
    void exportedTemplatesPassCfnLint() throws Exception {
        Design d = CfnFixtures.everything();
        assertEquals(List.of(), CfnLint.errors(new CfnYamlExporter().render(d).content(), ".yaml"));
        assertEquals(List.of(), CfnLint.errors(new CfnJsonExporter().render(d).content(), ".json"));
    }
}
