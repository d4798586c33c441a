package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.cfn.CfnImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real templates under {@code src/test/resources/cdk/realworld}, each imported and exported as a CDK app, and
 * the templates CDK synthesizes from them: all Java apps compiled together and synthesized in one JVM, all
 * TypeScript apps compiled by one tsc run and synthesized by one node process (a start of either costs seconds).
 * Synthesized once per test JVM and language.
 */
final class ImportedTemplateApps {
    static final Path FIXTURES = Path.of("src/test/resources/cdk/realworld");
    private static final Path WORK = Path.of("target", "cdk-imported-apps").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, JsonNode> java;
    private static Map<String, JsonNode> typeScript;

    private ImportedTemplateApps() {
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(f -> f.toString().matches(".*\\.(ya?ml|json|template)$")).sorted().toList();
        }
    }

    /** The stack class (and stack id) of a template's app. */
    static String stackOf(Path template) throws Exception {
        return new CdkStackPlanner().plan(new CfnImporter().importTemplate(template)).className();
    }

    /** The synthesized templates of the Java apps, by stack id. */
    static synchronized Map<String, JsonNode> java() throws Exception {
        GeneratedJavaApps.requireNode();
        if (java == null) {
            Path work = WORK.resolve("java");
            Map<String, ExportOutput> apps = new LinkedHashMap<>();
            List<String> appClasses = new ArrayList<>();
            for (Path template : templates()) {
                CdkStack stack = new CdkStackPlanner().plan(new CfnImporter().importTemplate(template));
                apps.put(stack.className(), new CdkJavaExporter().render(new CfnImporter().importTemplate(template)));
                appClasses.add(JavaStackRenderer.PACKAGE + "." + CdkJavaExporter.appClassName(stack));
            }
            GeneratedJavaApps.clean(work);
            Path classes = GeneratedJavaApps.compile(apps, work);
            java = GeneratedJavaApps.synthesize(classes, appClasses, work.resolve("cdk.out"));
        }
        return java;
    }

    /** The synthesized templates of the TypeScript apps, by stack id. */
    static synchronized Map<String, JsonNode> typeScript() throws Exception {
        Path nodeModules = TypeScriptToolchain.nodeModules();
        if (typeScript == null) {
            Path work = WORK.resolve("ts");
            GeneratedJavaApps.clean(work);
            Path projects = work.resolve("apps");
            StringBuilder requires = new StringBuilder();
            String first = null;
            for (Path template : templates()) {
                CdkStack stack = new CdkStackPlanner().plan(new CfnImporter().importTemplate(template));
                String name = stack.className();
                first = first == null ? name : first;
                ExportWriter.write(new CdkTsExporter().render(new CfnImporter().importTemplate(template)),
                        projects.resolve(name));
                String bin = CdkNames.kebab(CdkJavaExporter.appClassName(stack));
                requires.append("require('./").append(name).append("/bin/").append(bin).append(".js');\n");
            }
            Files.writeString(projects.resolve("tsconfig.json"), "{\n  \"extends\": \"./" + first
                    + "/tsconfig.json\",\n  \"include\": [\"*/bin/*.ts\", \"*/lib/*.ts\"]\n}\n");
            Files.createSymbolicLink(projects.resolve("node_modules"), nodeModules);
            Path js = work.resolve("js");
            TypeScriptToolchain.Result tsc = TypeScriptToolchain.compile(nodeModules, projects, js);
            assertEquals(0, tsc.exitCode(), "the TypeScript apps do not compile:\n" + tsc.output());
            Files.createSymbolicLink(js.resolve("node_modules"), nodeModules);
            Files.writeString(js.resolve("all-apps.js"), requires.toString());
            Path cdkOut = work.resolve("cdk.out");
            TypeScriptToolchain.Result synth = TypeScriptToolchain.synthesize(js.resolve("all-apps.js"), cdkOut);
            assertEquals(0, synth.exitCode(), "cdk synth failed:\n" + synth.output());
            Map<String, JsonNode> templates = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(cdkOut)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".template.json")).sorted().toList()) {
                    templates.put(p.getFileName().toString().replace(".template.json", ""), JSON.readTree(p.toFile()));
                }
            }
            typeScript = templates;
        }
        return typeScript;
    }
}
