package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.cfn.Templates;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: the CDK apps (Java and TypeScript) of real imported templates synthesize the template they came from:
 * the same logical ids and resource types, Parameters, Conditions, Mappings, Outputs and the same expressions in
 * every resource's Properties, modelled or kept ({@link SynthesizedTemplateComparison} says what is normalised).
 * The fixtures are copies of {@code realworld-dev} templates with AWS-typed Parameters, Conditions, Mappings,
 * {@code Fn::ImportValue} and {@code Fn::GetAZs}.
 */
class CdkImportedTemplatesTest {

    static Stream<Path> templates() throws Exception {
        return ImportedTemplateApps.templates().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void javaAppSynthesizesTheTemplate(Path template) throws Exception {
        assertSynthesizes(template, ImportedTemplateApps.java());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void typeScriptAppSynthesizesTheTemplate(Path template) throws Exception {
        assertSynthesizes(template, ImportedTemplateApps.typeScript());
    }

    /** A VPC and subnets that the template takes from another stack's exports are referenced, never created. */
    @Test
    void externalElementsAreReferencedNotCreated() throws Exception {
        Design design = new CfnImporter().importTemplate(ImportedTemplateApps.FIXTURES.resolve("mu-elb.yml"));
        String java = String.join("\n", new CdkJavaExporter().render(design).files().values());
        assertTrue(java.contains("Fn.importValue(Fn.sub(\"${VpcId}\"))"), java);
        assertFalse(java.contains("AWS::EC2::VPC\"") || java.contains("AWS::EC2::Subnet\""), java);
        String ts = String.join("\n", new CdkTsExporter().render(design).files().values());
        assertTrue(ts.contains("cdk.Fn.importValue(cdk.Fn.sub('${VpcId}'))"), ts);
    }

    private static void assertSynthesizes(Path template, Map<String, JsonNode> synthesized) throws Exception {
        JsonNode made = synthesized.get(ImportedTemplateApps.stackOf(template));
        assertNotNull(made, "no stack synthesized for " + template + " among " + synthesized.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = new ObjectMapper().convertValue(made, Map.class);
        assertEquals(List.of(), SynthesizedTemplateComparison.differences(Templates.read(template), tree));
    }
}
