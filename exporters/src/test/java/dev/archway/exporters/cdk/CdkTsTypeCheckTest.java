package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.exporters.ExportWriter;
import dev.archway.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated TypeScript CDK apps type-check with {@code tsc --noEmit} against npm's aws-cdk-lib: each app is
 * written as its own project (with node_modules linked to the toolchain), and one tsc run checks them all under the
 * compiler options the apps ship (a root tsconfig extends the first app's), since a tsc start costs seconds.
 */
class CdkTsTypeCheckTest {
    private static final Path WORK = Path.of("target", "cdk-ts-apps").toAbsolutePath();

    @Test
    void everyGeneratedAppTypeChecks() throws Exception {
        Path nodeModules = TypeScriptToolchain.nodeModules();
        GeneratedJavaApps.clean(WORK);
        List<Design> designs = CdkFixtures.all();
        for (Design design : designs) {
            Path project = WORK.resolve(CdkNames.upperCamel(design.name()));
            ExportWriter.write(new CdkTsExporter().render(design), project);
            Files.createSymbolicLink(project.resolve("node_modules"), nodeModules);
        }
        String first = CdkNames.upperCamel(designs.get(0).name());
        Files.writeString(WORK.resolve("tsconfig.json"), "{\n  \"extends\": \"./" + first + "/tsconfig.json\",\n"
                + "  \"include\": [\"*/bin/*.ts\", \"*/lib/*.ts\"]\n}\n");
        TypeScriptToolchain.Result result = TypeScriptToolchain.typeCheck(nodeModules, WORK);
        assertEquals(0, result.exitCode(), "generated TypeScript apps do not type-check:\n" + result.output());
    }
}
