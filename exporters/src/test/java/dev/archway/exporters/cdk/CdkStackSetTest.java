package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.cfn.StackSetImport;
import dev.archway.exporters.cfn.Templates;
import dev.archway.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a design read from stacks that work together (a network stack, a load-balancer stack and a service
 * stack handing each other the VPC, subnets and listener through Exports and {@code Fn::ImportValue}) exports as
 * one CDK app of three stacks, each under its stack name and deploying after the stacks it imports from; each
 * synthesized template is the template it was read from.
 */
class CdkStackSetTest {
    private static final Path FOLDER = Path.of("src/test/resources/cfn/cross-stack");
    private static final Map<String, String> STACKS = Map.of("NetworkStack", "network.yaml",
            "LoadBalancerStack", "load-balancer.yaml", "ServiceStack", "service.yaml");
    private static final Path WORK = Path.of("target", "cdk-stack-set").toAbsolutePath();

    private static Design design() throws Exception {
        return new StackSetImport(Map.of()).importStacks(StackSetImport.templatesIn(FOLDER));
    }

    @Test
    void theTypeScriptAppBuildsEachStackUnderItsNameAfterTheStacksItImportsFrom() throws Exception {
        ExportOutput app = new CdkTsExporter().render(design());
        assertTrue(app.files().keySet().containsAll(List.of("lib/network-stack.ts", "lib/load-balancer-stack.ts",
                "lib/service-stack.ts")), app.files().keySet().toString());
        String main = app.files().get("bin/cross-app.ts");
        assertTrue(main.contains("const networkStack = new NetworkStack(app, 'NetworkStack', {\n"
                + "  stackName: 'network',"), main);
        assertTrue(main.contains("loadBalancerStack.addDependency(networkStack);"), main);
        assertTrue(main.contains("serviceStack.addDependency(networkStack);\n"
                + "serviceStack.addDependency(loadBalancerStack);"), main);
        assertTrue(main.indexOf("new NetworkStack") < main.indexOf("new LoadBalancerStack")
                && main.indexOf("new LoadBalancerStack") < main.indexOf("new ServiceStack"), main);
        assertTrue(app.files().get("lib/service-stack.ts")
                .contains("cdk.Fn.importValue(cdk.Fn.sub('${LoadBalancerStackName}-ListenerArn'))"));
    }

    @Test
    void theJavaAppSynthesizesEachStackAsItWasRead() throws Exception {
        Path folder = WORK.resolve("java-app");
        GeneratedJavaApps.clean(folder);
        ExportWriter.write(new CdkJavaExporter().render(design()), folder);
        assertSynthesizedAsRead(GeneratedJavaApps.synthesizeFolder(folder, WORK.resolve("java")));
    }

    @Test
    void theTypeScriptAppSynthesizesEachStackAsItWasRead() throws Exception {
        Path nodeModules = TypeScriptToolchain.nodeModules();
        Path work = WORK.resolve("ts");
        GeneratedJavaApps.clean(work);
        Path project = work.resolve("app");
        ExportWriter.write(new CdkTsExporter().render(design()), project);
        Files.createSymbolicLink(project.resolve("node_modules"), nodeModules);
        Path js = work.resolve("js");
        TypeScriptToolchain.Result tsc = TypeScriptToolchain.compile(nodeModules, project, js);
        assertEquals(0, tsc.exitCode(), "the TypeScript app does not compile:\n" + tsc.output());
        Files.createSymbolicLink(js.resolve("node_modules"), nodeModules);
        Path cdkOut = work.resolve("cdk.out");
        TypeScriptToolchain.Result synth = TypeScriptToolchain.synthesize(js.resolve("bin/cross-app.js"),
                cdkOut);
        assertEquals(0, synth.exitCode(), "cdk synth failed:\n" + synth.output());
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(cdkOut)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".template.json")).toList()) {
                templates.put(p.getFileName().toString().replace(".template.json", ""),
                        new ObjectMapper().readTree(p.toFile()));
            }
        }
        assertSynthesizedAsRead(templates);
    }

    private static void assertSynthesizedAsRead(Map<String, JsonNode> synthesized) throws Exception {
        assertEquals(STACKS.keySet(), synthesized.keySet());
        for (Map.Entry<String, String> stack : STACKS.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> made = new ObjectMapper().convertValue(synthesized.get(stack.getKey()), Map.class);
            assertEquals(List.of(), SynthesizedTemplateComparison.differences(
                    Templates.read(FOLDER.resolve(stack.getValue())), made), stack.getKey());
        }
    }
}
