package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.ExportWriter;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.stacks.StackPlanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript app of a design past CloudFormation's limits compiles with the options it ships and synthesizes
 * (compiled by tsc, run by node) into nested stacks within CloudFormation's quotas, one per part of the plan.
 */
class CdkTsNestedStacksTest {
    private static final Path WORK = Path.of("target", "cdk-ts-nested").toAbsolutePath();

    @Test
    void splitTypeScriptAppCompilesAndSynthesizesWithinTheQuotas() throws Exception {
        Path nodeModules = TypeScriptToolchain.nodeModules();
        Design design = SyntheticDesigns.generate(600);
        GeneratedJavaApps.clean(WORK);
        Path project = WORK.resolve("app");
        ExportWriter.write(new CdkTsExporter().render(design), project);
        Files.createSymbolicLink(project.resolve("node_modules"), nodeModules);
        TypeScriptToolchain.Result tsc = TypeScriptToolchain.compile(nodeModules, project, WORK.resolve("js"));
        assertEquals(0, tsc.exitCode(), "the split TypeScript app does not compile:\n" + tsc.output());
        CdkStack stack = new CdkStackPlanner().plan(design);
        Path app = WORK.resolve("js/bin/" + CdkNames.kebab(CdkJavaExporter.appClassName(stack)) + ".js");
        Path cdkOut = WORK.resolve("cdk.out");
        Files.createSymbolicLink(WORK.resolve("js/node_modules"), nodeModules);
        TypeScriptToolchain.Result synth = TypeScriptToolchain.synthesize(app, cdkOut);
        assertEquals(0, synth.exitCode(), "cdk synth failed:\n" + synth.output());
        List<Integer> resources = new ArrayList<>();
        try (var files = Files.list(cdkOut)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".nested.template.json")).sorted().toList()) {
                JsonNode t = new ObjectMapper().readTree(p.toFile());
                assertTrue(t.path("Resources").size() < 500 && t.path("Parameters").size() <= 200
                        && t.path("Outputs").size() <= 200, p.getFileName().toString());
                resources.add(t.path("Resources").size());
            }
        }
        List<Integer> planned = new ArrayList<>(StackPlanner.plan(design, new CdkResourceCount(design),
                CdkResourceCount.NESTED).parts().stream().map(p -> p.resources()).toList());
        resources.sort(null);
        planned.sort(null);
        assertEquals(planned, resources);
    }
}
