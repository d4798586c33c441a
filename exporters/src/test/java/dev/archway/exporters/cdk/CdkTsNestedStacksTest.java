package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.ExportWriter;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.stacks.StackPart;
import dev.archway.model.stacks.StackPlanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript apps of designs past CloudFormation's limits compile with the options they ship and synthesize
 * (compiled by tsc, run by node) into nested stacks within CloudFormation's quotas, one per part of the plan.
 */
class CdkTsNestedStacksTest {
    private static final Path WORK = Path.of("target", "cdk-ts-nested").toAbsolutePath();

    /** Each nested stack holds the resources planned for its part. */
    @Test
    void generatedDesignSynthesizesAsPlanned() throws Exception {
        Design design = SyntheticDesigns.generate(600);
        Map<String, Integer> planned = new LinkedHashMap<>();
        plan(design).forEach(p -> planned.put(p.name(), p.resources()));
        assertEquals(planned, synthesize(design));
    }

    /**
     * The load balancer's stack takes the services from a stack built before it, while CloudFormation deploys it
     * first (each service waits for its listener). CDK writes the rule that lets the ALB's group reach the services'
     * group as a resource of its own, one more in the network stack than the count plans: headroom covers it.
     */
    @Test
    void fargateServicesBehindOneLoadBalancerSynthesize() throws Exception {
        Design design = CdkFixtures.fargateFleet(130);
        List<String> order = new CdkStackPlanner().app(design).nested().stream().map(CdkNestedStack::partName).toList();
        assertEquals(List.of("network", "services", "lb-fleetalb"), order);
        Map<String, Integer> synthesized = synthesize(design);
        for (StackPart part : plan(design)) {
            assertTrue(synthesized.get(part.name()) - part.resources() <= 1, part.name() + ": " + synthesized);
        }
    }

    /** Writes, compiles and synthesizes the app; the resources of each nested stack by part name. */
    private static Map<String, Integer> synthesize(Design design) throws Exception {
        Path nodeModules = TypeScriptToolchain.nodeModules();
        CdkStack stack = new CdkStackPlanner().plan(design);
        Path work = WORK.resolve(stack.className());
        GeneratedJavaApps.clean(work);
        Path project = work.resolve("app");
        ExportWriter.write(new CdkTsExporter().render(design), project);
        Files.createSymbolicLink(project.resolve("node_modules"), nodeModules);
        TypeScriptToolchain.Result tsc = TypeScriptToolchain.compile(nodeModules, project, work.resolve("js"));
        assertEquals(0, tsc.exitCode(), "the split TypeScript app does not compile:\n" + tsc.output());
        Files.createSymbolicLink(work.resolve("js/node_modules"), nodeModules);
        Path app = work.resolve("js/bin/" + CdkNames.kebab(CdkJavaExporter.appClassName(stack)) + ".js");
        Path cdkOut = work.resolve("cdk.out");
        TypeScriptToolchain.Result synth = TypeScriptToolchain.synthesize(app, cdkOut);
        assertEquals(0, synth.exitCode(), "cdk synth failed:\n" + synth.output());
        Map<String, Integer> resources = new LinkedHashMap<>();
        for (StackPart part : plan(design)) {
            String prefix = stack.className() + part.name().replace("-", "");
            try (var files = Files.list(cdkOut)) {
                List<Path> matching = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().substring(prefix.length())
                        .matches("[0-9A-F]{8}\\.nested\\.template\\.json")).toList();
                assertEquals(1, matching.size(), part.name());
                JsonNode t = new ObjectMapper().readTree(matching.get(0).toFile());
                assertTrue(t.path("Resources").size() < 500 && t.path("Parameters").size() <= 200
                        && t.path("Outputs").size() <= 200, matching.get(0).getFileName().toString());
                resources.put(part.name(), t.path("Resources").size());
            }
        }
        return resources;
    }

    private static List<StackPart> plan(Design design) {
        return StackPlanner.plan(design, new CdkResourceCount(design), CdkResourceCount.NESTED).parts();
    }
}
