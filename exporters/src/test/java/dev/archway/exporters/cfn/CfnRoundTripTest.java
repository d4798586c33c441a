package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** import(export(design)) is the design, layout included, through JSON and through YAML; the templates lint clean. */
class CfnRoundTripTest {

    static Design viaJson(Design d) throws Exception {
        return via(new CfnJsonExporter().render(d), Path.of("t.json"));
    }

    static Design viaYaml(Design d) throws Exception {
        return via(new CfnYamlExporter().render(d), Path.of("t.yaml"));
    }

    /** A template is imported from its text; nested stacks (a folder) from where they were written. */
    private static Design via(ExportOutput output, Path name) throws Exception {
        if (!output.directory()) {
            return new CfnImporter().importText(output.content(), name);
        }
        Path dir = Files.createTempDirectory("archway-nested");
        ExportWriter.write(output, dir);
        return new CfnImporter().importTemplate(dir);
    }

    /** Equal designs; on a difference, the message lists what differs. */
    static void assertSameDesign(Design expected, Design actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> onlyExpected = new ArrayList<>(describe(expected));
        onlyExpected.removeAll(describe(actual));
        List<String> onlyActual = new ArrayList<>(describe(actual));
        onlyActual.removeAll(describe(expected));
        assertEquals(onlyExpected, onlyActual);
        assertEquals(expected, actual);
    }

    private static List<String> describe(Design d) {
        List<String> out = new ArrayList<>(List.of("name " + d.name()));
        d.elements().forEach(e -> out.add(e.toString()));
        d.layout().forEach((k, v) -> out.add("layout " + k + " " + v));
        d.allCfnExtras().forEach((k, v) -> out.add("extras " + k + " " + v));
        Collections.sort(out);
        return out;
    }

    static Stream<String> examples() {
        return Examples.ALL.stream().map(Examples.Example::fileName);
    }

    @Test
    void jsonRoundTripGivesTheDesignBack() throws Exception {
        Design d = CfnFixtures.everything();
        assertSameDesign(d, viaJson(d));
    }

    @Test
    void yamlRoundTripGivesTheDesignBack() throws Exception {
        Design d = CfnFixtures.everything();
        assertSameDesign(d, viaYaml(d));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleRoundTripsThroughJsonAndYaml(String example) throws Exception {
        Design d = Examples.load(example);
        assertSameDesign(d, viaJson(d));
        assertSameDesign(d, viaYaml(d));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1000})
    void generatedDesignsRoundTrip(int size) throws Exception {
        Design d = SyntheticDesigns.generate(size);
        assertSameDesign(d, viaJson(d));
        assertSameDesign(d, viaYaml(d));
    }

    /** One cfn-lint run (it takes seconds to start) over every example, a generated design and the fixture. */
    @Test
    void exportedTemplatesPassCfnLint() throws Exception {
        Path dir = Files.createTempDirectory("archway-lint");
        Map<String, Design> designs = new LinkedHashMap<>();
        for (String example : examples().toList()) {
            designs.put(example, Examples.load(example));
        }
        designs.put("synthetic", SyntheticDesigns.generate(100));
        designs.put("everything", CfnFixtures.everything());
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Design> d : designs.entrySet()) {
            Path yaml = dir.resolve(d.getKey() + ".yaml");
            Files.writeString(yaml, new CfnYamlExporter().render(d.getValue()).content());
            Path json = dir.resolve(d.getKey() + ".json");
            Files.writeString(json, new CfnJsonExporter().render(d.getValue()).content());
            files.add(yaml);
            files.add(json);
        }
        assertEquals(List.of(), CfnLint.errors(files.toArray(Path[]::new)));
    }
}
