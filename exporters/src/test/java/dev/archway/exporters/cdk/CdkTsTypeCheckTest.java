package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated TypeScript CDK apps type-check with {@code tsc --noEmit} against npm's aws-cdk-lib. */
class CdkTsTypeCheckTest {
    private static final Path WORK = Path.of("target", "cdk-ts-apps").toAbsolutePath();

    @Test
    void everyGeneratedAppTypeChecks() throws Exception {
        Path nodeModules = TypeScriptToolchain.nodeModules();
        GeneratedJavaApps.clean(WORK);
        List<Design> designs = CdkFixtures.all();
        for (Design design : designs) {
            Path project = WORK.resolve(design.name());
            ExportOutput app = new CdkTsExporter().render(design);
            ExportWriter.write(app, project);
            Files.createSymbolicLink(project.resolve("node_modules"), nodeModules);
            TypeScriptToolchain.Result result = TypeScriptToolchain.typeCheck(nodeModules, project);
            assertEquals(0, result.exitCode(), design.name() + " does not type-check:\n" + result.output());
        }
    }
}
