package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real templates: the AWS sample templates in the repository's {@code corpus/}, and 14 of them copied under
 * {@code src/test/resources/cfn/corpus} (a quick set, for the cfn-lint comparison).
 * Each imports without error; exporting the design keeps every resource with its type, and every opaque resource
 * with its properties equal as JSON.
 */
class CfnCorpusTest {
    private static final Path SHARED = Path.of("../corpus/aws-cloudformation-templates");
    private static final Path FIXTURES = Path.of("src/test/resources/cfn/corpus/aws-cloudformation-templates");

    /** The whole corpus when it is there (it is, in this repository), else the copies (which are a part of it). */
    static Stream<Path> templates() throws IOException {
        return (Files.isDirectory(SHARED) ? list(SHARED) : list(FIXTURES)).stream();
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void exportKeepsEveryResource(Path template) throws Exception {
        Map<String, Object> original = TemplateReader.read(Files.readString(template), template);
        Design design = new CfnImporter().importTemplate(template);
        for (String json : List.of(new CfnJsonExporter().render(design).content(),
                new CfnYamlExporter().render(design).content())) {
            Map<String, Object> exported = TemplateReader.read(json, template);
            assertEquals(types(original), types(exported).entrySet().stream()
                    .filter(e -> types(original).containsKey(e.getKey()))
                    .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
            for (OpaqueResource o : design.all(OpaqueResource.class)) {
                assertEquals(properties(original, o.name()), properties(exported, o.name()), o.name());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void importedDesignRoundTripsThroughTemplatesAndDesignFiles(Path template) throws Exception {
        Design design = new CfnImporter().importTemplate(template);
        assertTrue(design.size() > 0);
        CfnRoundTripTest.assertSameDesign(design, CfnRoundTripTest.viaJson(design));
        CfnRoundTripTest.assertSameDesign(design, CfnRoundTripTest.viaYaml(design));
        CfnRoundTripTest.assertSameDesign(design, DesignFile.fromJson(DesignFile.toJson(design), template));
    }

    @Test
    void fixturesAreACorpusOfTheirOwn() throws Exception {
        List<Path> fixtures = list(FIXTURES);
        assertEquals(14, fixtures.size());
        for (Path f : fixtures) {
            assertTrue(new CfnImporter().importTemplate(f).size() > 0, f.toString());
        }
    }

    /** cfn-lint finds no error in an exported template that it does not find in the original (by rule id). */
    @Test
    void exportAddsNoLintErrorsToRealTemplates() throws Exception {
        LintedExports lint = LintedExports.of(list(FIXTURES), false);
        Path knownBad = FIXTURES.resolve("ECS/ECS_Schedule_Example.yaml");
        assertEquals(Set.of("E3002"), lint.rulesOf(knownBad), "the linter's findings are read");
        assertEquals(Set.of("E3002"), lint.rulesOf(lint.exportOf().get(knownBad)), "kept as imported");
        for (Path original : lint.exportOf().keySet()) {
            assertEquals(Set.of(), lint.addedBy(original), original.toString());
        }
    }

    private static Map<String, Object> types(Map<String, Object> template) {
        Map<String, Object> out = new java.util.TreeMap<>();
        Cfn.asMap(template.get("Resources")).forEach((k, v) -> out.put(k, Cfn.asMap(v).get("Type")));
        return out;
    }

    private static Object properties(Map<String, Object> template, String logicalId) {
        return Cfn.asMap(Cfn.asMap(template.get("Resources")).get(logicalId)).get("Properties");
    }
}
