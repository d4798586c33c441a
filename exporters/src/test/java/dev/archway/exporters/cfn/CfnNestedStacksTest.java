package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.Exporter;
import dev.archway.exporters.InputException;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A design beyond CloudFormation's limits exports as a parent template with nested stacks, each within the limits
 * (500 resources, 200 parameters, 200 outputs, 1 MB) and lint clean, and the folder imports back to the design.
 */
class CfnNestedStacksTest {
    private static final int MAX_BYTES = 1024 * 1024;
    private static final Map<Integer, Design> DESIGNS = new HashMap<>();

    @TempDir
    Path dir;

    static Stream<Arguments> sizesAndFormats() {
        return Stream.of(Arguments.of(600, "yaml"), Arguments.of(600, "json"), Arguments.of(2000, "yaml"),
                Arguments.of(2000, "json"));
    }

    private static synchronized Design design(int size) {
        return DESIGNS.computeIfAbsent(size, SyntheticDesigns::generate);
    }

    private static Exporter exporter(String format) {
        return format.equals("yaml") ? new CfnYamlExporter() : new CfnJsonExporter();
    }

    private Path written(int size, String format) throws Exception {
        Path out = dir.resolve(size + "-" + format);
        ExportWriter.write(exporter(format).render(design(size)), out);
        return out;
    }

    private static Map<String, Object> read(Path file) throws Exception {
        return TemplateReader.read(Files.readString(file), file);
    }

    private static List<Path> templates(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().matches(".*\\.(yaml|json)$")).sorted().toList();
        }
    }

    @Test
    void aDesignWithinTheLimitsIsStillOneTemplate() {
        ExportOutput out = new CfnYamlExporter().render(SyntheticDesigns.generate(300));
        assertFalse(out.directory());
        assertEquals(List.of("synthetic300.yaml"), List.copyOf(out.files().keySet()));
    }

    @ParameterizedTest
    @MethodSource("sizesAndFormats")
    void everyTemplateStaysWithinCloudFormationsLimits(int size, String format) throws Exception {
        ExportOutput out = exporter(format).render(design(size));
        assertTrue(out.directory());
        assertTrue(out.files().containsKey("template." + format) && out.files().containsKey("README.md"));
        for (Map.Entry<String, String> file : out.files().entrySet()) {
            if (file.getKey().endsWith(format)) {
                Map<String, Object> t = TemplateReader.read(file.getValue(), Path.of(file.getKey()));
                String name = file.getKey();
                assertTrue(CfnFiles.size(t, "Resources") <= 500, name + " resources");
                assertTrue(CfnFiles.size(t, "Parameters") <= 200, name + " parameters");
                assertTrue(CfnFiles.size(t, "Outputs") <= 200, name + " outputs");
                assertTrue(file.getValue().getBytes(StandardCharsets.UTF_8).length < MAX_BYTES, name + " size");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sizesAndFormats")
    void theFolderOrItsParentTemplateImportsBackToTheDesign(int size, String format) throws Exception {
        Path out = written(size, format);
        CfnRoundTripTest.assertSameDesign(design(size), new CfnImporter().importTemplate(out));
        CfnRoundTripTest.assertSameDesign(design(size), DesignSources.load(out.resolve("template." + format)));
    }

    @Test
    void everyResourceKeepsItsLogicalIdFromTheSingleTemplate() throws Exception {
        Path out = written(600, "yaml");
        Map<String, Object> single = Cfn.asMap(new CfnTemplateExporter().export(design(600)).get("Resources"));
        Set<String> nested = new LinkedHashSet<>();
        for (Path child : templates(out.resolve("stacks"))) {
            Cfn.asMap(read(child).get("Resources")).forEach((lid, r) -> {
                assertTrue(nested.add(lid), lid + " is in two stacks");
                assertEquals(Cfn.asMap(single.get(lid)).get("Type"), Cfn.asMap(r).get("Type"), lid);
            });
        }
        assertEquals(single.keySet(), nested);
    }

    @Test
    void theParentWiresAnotherStacksOutputIntoAParameter() throws Exception {
        Path out = written(600, "yaml");
        Map<String, Object> parent = read(out.resolve("template.yaml"));
        Map<String, Object> compute = Cfn.asMap(Cfn.asMap(parent.get("Resources")).get("ComputePrivateStack"));
        Map<String, Object> props = Cfn.asMap(compute.get("Properties"));
        assertEquals("stacks/compute-private.yaml", props.get("TemplateURL"));
        assertEquals(Cfn.getAtt("NetworkStack", "Outputs.v0AppA"), Cfn.asMap(props.get("Parameters")).get("v0AppA"));
        Map<String, Object> network = read(out.resolve("stacks/network.yaml"));
        assertEquals(Cfn.map("Value", Cfn.ref("v0AppA")), Cfn.asMap(network.get("Outputs")).get("v0AppA"));
        Map<String, Object> instances = read(out.resolve("stacks/compute-private.yaml"));
        assertEquals(Cfn.map("Type", "String"), Cfn.asMap(instances.get("Parameters")).get("v0AppA"));
        Map<String, Object> instance = Cfn.asMap(Cfn.asMap(instances.get("Resources")).get("v0Svc0A"));
        assertEquals(Cfn.ref("v0AppA"), Cfn.asMap(instance.get("Properties")).get("SubnetId"));
    }

    @Test
    void aDependsOnAcrossStacksIsKeptInTheParentsMetadata() throws Exception {
        Path out = written(600, "yaml");
        Map<String, Object> lb = read(out.resolve("stacks/lb-v0-alb.yaml"));
        assertNull(Cfn.asMap(Cfn.asMap(lb.get("Resources")).get("v0Alb")).get("DependsOn"),
                "the gateway attachment is in the network stack");
        Map<String, Object> archway = Cfn.asMap(Cfn.asMap(read(out.resolve("template.yaml")).get("Metadata"))
                .get(CfnMetadata.KEY));
        assertEquals("v0IgwAttachment", Cfn.asMap(archway.get(StackSplit.CROSS_STACK_DEPENDS_ON)).get("v0Alb"));
    }

    @Test
    void theReadmeSaysHowToDeployAndListsTheStacks() throws Exception {
        Path out = written(600, "yaml");
        String readme = Files.readString(out.resolve("README.md"));
        assertTrue(readme.contains("aws cloudformation package --template-file template.yaml --s3-bucket BUCKET "
                + "--output-template-file packaged.yaml"), readme);
        assertTrue(readme.contains("aws cloudformation deploy --template-file packaged.yaml --stack-name STACK "
                + "--s3-bucket BUCKET\n"), readme);
        for (Path child : templates(out.resolve("stacks"))) {
            String part = child.getFileName().toString().replace(".yaml", "");
            int resources = CfnFiles.size(read(child), "Resources");
            assertTrue(readme.contains("| " + part + " | `stacks/" + part + ".yaml` | " + resources + " |"), part);
        }
    }

    /** One cfn-lint run over all four folders: it takes seconds to start. */
    @Test
    void everyTemplateOfBothSizesAndFormatsPassesCfnLint() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Arguments a : sizesAndFormats().toList()) {
            files.addAll(templates(written((Integer) a.get()[0], (String) a.get()[1])));
        }
        assertEquals(List.of(), CfnLint.errors(files.toArray(Path[]::new)));
    }

    /** An imported template's own Parameters and Conditions go to every stack, and come back once. */
    @Test
    void keptTemplateSectionsGoWithTheStacksAndComeBack() throws Exception {
        Design d = SyntheticDesigns.generate(600);
        d.setCfnExtras("v0-rec0", Map.of("Condition", "InProduction"));
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("Parameters", Map.of("Environment", Map.of("Type", "String", "Default", "production")));
        sections.put("Conditions", Map.of("InProduction", Map.of("Fn::Equals", List.of(Map.of("Ref", "Environment"),
                "production"))));
        d.setCfnExtras("v0-vpc", Map.of(TemplateExtras.KEY, sections));
        Path out = dir.resolve("kept");
        ExportWriter.write(new CfnYamlExporter().render(d), out);
        CfnRoundTripTest.assertSameDesign(d, new CfnImporter().importTemplate(out));
        Map<String, Object> records = read(out.resolve("stacks/records.yaml"));
        assertEquals("InProduction", Cfn.asMap(Cfn.asMap(records.get("Resources")).get("v0Rec0")).get("Condition"));
        assertTrue(Cfn.asMap(records.get("Parameters")).containsKey("Environment"));
        Map<String, Object> parent = read(out.resolve("template.yaml"));
        Map<String, Object> recordsStack = Cfn.asMap(Cfn.asMap(parent.get("Resources")).get("RecordsStack"));
        assertEquals(Cfn.ref("Environment"), Cfn.asMap(Cfn.asMap(recordsStack.get("Properties")).get("Parameters"))
                .get("Environment"));
        assertEquals(List.of(), CfnLint.errors(templates(out).toArray(Path[]::new)));
    }

    @Test
    void aMissingNestedStackIsNamedWithThePlaceInTheParent() throws Exception {
        Path out = written(600, "yaml");
        Files.delete(out.resolve("stacks/dns.yaml"));
        InputException e = assertThrows(InputException.class, () -> new CfnImporter().importTemplate(out));
        assertEquals(out.resolve("template.yaml") + " at Resources.DnsStack.Properties.TemplateURL: names "
                + "stacks/dns.yaml, which does not exist", e.getMessage());
    }

    @Test
    void aParameterWiredToAMissingOutputIsNamedWithItsPlace() throws Exception {
        Path out = written(600, "yaml");
        Path parent = out.resolve("template.yaml");
        Files.writeString(parent, Files.readString(parent).replace("NetworkStack.Outputs.v0AppA\n",
                "NetworkStack.Outputs.Nothing\n"));
        InputException e = assertThrows(InputException.class, () -> DesignSources.load(out));
        assertEquals(parent + " at Resources.ComputePrivateStack.Properties.Parameters.v0AppA: is wired to output "
                + "Nothing of stack NetworkStack (stacks/network.yaml), which has no such output", e.getMessage());
    }

    @Test
    void aFolderWithoutTemplatesIsRefused() {
        InputException e = assertThrows(InputException.class, () -> DesignSources.load(dir));
        assertEquals(dir + ": holds no template (*.yaml, *.yml, *.json, *.template)", e.getMessage());
    }
}
