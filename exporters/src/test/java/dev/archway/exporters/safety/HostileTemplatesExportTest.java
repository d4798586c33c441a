package dev.archway.exporters.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.InputException;
import dev.archway.exporters.cdk.CdkJavaExporter;
import dev.archway.exporters.cdk.CdkTsExporter;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.safety.CodeLexer.Language;
import dev.archway.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reproducers 3, 7 and 8 of issue 17: templates that broke the CDK exports. */
class HostileTemplatesExportTest {

    private static Design imported(String fixture) throws IOException, InputException {
        try (InputStream in = HostileTemplatesExportTest.class.getResourceAsStream("/hostile/" + fixture)) {
            return new CfnImporter().importText(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Path.of(fixture));
        }
    }

    /** The stack's source (not the app entry point) of a CDK export. */
    private static String source(ExportOutput output, String suffix) {
        return output.files().entrySet().stream()
                .filter(f -> f.getKey().endsWith(suffix) && !f.getKey().startsWith("bin/")
                        && f.getKey().toLowerCase(java.util.Locale.ROOT).contains("stack"))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
    }

    @Test
    void aLineBreakInAHostedZoneNameStaysInsideALiteralOrAComment() throws Exception {
        Design design = imported("cdk-comment-injection.yaml");
        String java = source(new CdkJavaExporter().render(design), ".java");
        String ts = source(new CdkTsExporter().render(design), ".ts");
        assertFalse(CodeLexer.code(java, Language.JAVA).contains("writeFileSync"), java);
        assertFalse(CodeLexer.code(ts, Language.TYPESCRIPT).contains("writeFileSync"), ts);
        assertTrue(java.contains("// hosted zone example.comU+000Arequire('fs')"), java);
        assertTrue(ts.contains("'example.com\\nrequire(\\'fs\\')"), ts);
    }

    /** Each list was rendered twice per level (2^50 renders); now once: the export finishes and holds all 50. */
    @Test
    void deeplyNestedListsExport() throws Exception {
        String ts = source(new CdkTsExporter().render(imported("cdk-deep-list-50.json")), ".ts");
        int from = ts.indexOf("X: ");
        String list = ts.substring(from, ts.indexOf("'x'", from));
        assertEquals(50, list.chars().filter(c -> c == '[').count(), list);
    }

    @Test
    void anAuroraClusterWithoutEngineVersionExportsWithTheEnginesDefault() throws Exception {
        Design design = imported("aurora-no-engine-version.yaml");
        assertTrue(source(new CdkJavaExporter().render(design), ".java")
                .contains("DatabaseClusterEngine.AURORA_MYSQL"));
        assertTrue(source(new CdkTsExporter().render(design), ".ts").contains("DatabaseClusterEngine.AURORA_MYSQL"));
    }

    /** Issue 16: the parameters, mapping, condition and outputs of an imported template are written as data. */
    @Test
    void templateSectionsStayInsideLiterals() throws Exception {
        Design design = imported("cdk-template-injection.yaml");
        String java = source(new CdkJavaExporter().render(design), ".java");
        String ts = source(new CdkTsExporter().render(design), ".ts");
        assertTrue(java.contains("CfnParameter") && java.contains("CfnCondition") && java.contains("CfnOutput"), java);
        assertFalse(CodeLexer.code(java, Language.JAVA).contains("System.exit"), java);
        assertFalse(CodeLexer.code(java, Language.JAVA).contains("writeFileSync"), java);
        assertFalse(CodeLexer.code(ts, Language.TYPESCRIPT).contains("writeFileSync"), ts);
        assertFalse(CodeLexer.code(ts, Language.TYPESCRIPT).contains("System.exit"), ts);
    }
}
