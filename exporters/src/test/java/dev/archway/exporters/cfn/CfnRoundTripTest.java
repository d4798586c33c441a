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

    static java.util.stream.Stream<String> examples() {
        return dev.archway.exporters.examples.Examples.ALL.stream().map(e -> e.fileName());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("examples")
    void everyExampleRoundTripsThroughJsonAndYaml(String example) throws Exception {
        Design d = dev.archway.exporters.examples.Examples.load(example);
        assertSameDesign(d, viaJson(d));
        assertSameDesign(d, viaYaml(d));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {100, 1000})
    void generatedDesignsRoundTrip(int size) throws Exception {
        Design d = dev.archway.model.SyntheticDesigns.generate(size);
        assertSameDesign(d, viaJson(d));
        assertSameDesign(d, viaYaml(d));
    }

    @Test
    void exportedExamplesPassCfnLint() throws Exception {
        List<java.nio.file.Path> files = new java.util.ArrayList<>();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("archway-lint");
        for (String example : examples().toList()) {
            Design d = dev.archway.exporters.examples.Examples.load(example);
            java.nio.file.Path yaml = dir.resolve(example + ".yaml");
            java.nio.file.Files.writeString(yaml, new CfnYamlExporter().render(d).content());
            java.nio.file.Path json = dir.resolve(example + ".json");
            java.nio.file.Files.writeString(json, new CfnJsonExporter().render(d).content());
            files.add(yaml);
            files.add(json);
        }
        java.nio.file.Path synthetic = dir.resolve("synthetic.yaml");
        java.nio.file.Files.writeString(synthetic, new CfnYamlExporter().render(
                dev.archway.model.SyntheticDesigns.generate(100)).content());
        files.add(synthetic);
        assertEquals(List.of(), CfnLint.errors(files.toArray(java.nio.file.Path[]::new)));
    }

    @Test
    void exportedTemplatesPassCfnLint() throws Exception {
        Design d = CfnFixtures.everything();
        assertEquals(List.of(), CfnLint.errors(new CfnYamlExporter().render(d).content(), ".yaml"));
        assertEquals(List.of(), CfnLint.errors(new CfnJsonExporter().render(d).content(), ".json"));
    }
}
