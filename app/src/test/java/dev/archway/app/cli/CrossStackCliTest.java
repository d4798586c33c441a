package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.stacks.SourceStacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network stack, a load-balancer stack and a service stack that hand each other the VPC, the subnets and the
 * listener through Exports and {@code Fn::ImportValue}: one design for import, validate, simulate and export.
 */
class CrossStackCliTest {
    static final Path FOLDER = Path.of("../exporters/src/test/resources/cfn/cross-stack");

    @TempDir
    Path dir;

    @Test
    void importsAFolderOfStacksAsOneDesignThatKnowsEachElementsStack() throws Exception {
        Path out = dir.resolve("shop.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("import", FOLDER.toString(), "--out", out.toString()), io.err());
            assertTrue(io.out().matches("imported \\d+ elements \\(\\d resources kept as they are\\) from 3 stacks to "
                    + ".*\\n"), io.out());
        }
        Design d = DesignFile.read(out);
        assertEquals(List.of("load-balancer", "network", "service"), SourceStacks.stacks(d).stream().sorted().toList());
    }

    @Test
    void explainNamesTheTemplateOfEachKeptResource() throws Exception {
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("import", FOLDER.toString(), "--out", dir.resolve("d.json").toString(),
                    "--explain"));
            assertTrue(io.out().contains("kept service.yaml: Resources.TaskDefinition: "), io.out());
        }
    }

    @Test
    void validatesWithoutFindingsAboutWhatAnotherStackProvides() throws Exception {
        try (CliStreams io = new CliStreams()) {
            int code = ArchwayCli.run("validate", FOLDER.toString(), "--fail-on", "warning");
            assertEquals(0, code, io.out());
        }
    }

    @Test
    void simulatesARequestThroughTheStacksToTheService() throws Exception {
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("simulate", FOLDER.resolve("network.yaml").toString(),
                    FOLDER.resolve("load-balancer.yaml").toString(), FOLDER.resolve("service.yaml").toString(),
                    "--request", "GET http://shop.example.com/orders/42", "--lb", "LoadBalancer"), io.err());
            String trace = io.out();
            assertTrue(trace.contains("ListenerRule (service)"), trace);
            assertTrue(trace.contains("HttpListener (load-balancer)"), trace);
            assertTrue(trace.contains("TargetGroup (service)"), trace);
            assertTrue(trace.startsWith("GET http://shop.example.com/orders/42 -> forwarded"), trace);
            assertTrue(trace.contains("TargetSecurityGroup (load-balancer) allowed"), trace);
        }
    }

    @Test
    void jsonHopsNameTheirStack() throws Exception {
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("simulate", FOLDER.toString(), "--request",
                    "GET http://shop.example.com/orders/42", "--lb", "LoadBalancer", "--format", "json"), io.err());
            var hops = new com.fasterxml.jackson.databind.ObjectMapper().readTree(io.out()).get("hops");
            List<String> stacks = new java.util.ArrayList<>();
            hops.forEach(h -> stacks.add(h.get("step").asText() + " " + h.path("stack").asText("-")));
            assertTrue(stacks.containsAll(List.of("listener load-balancer", "rule service", "target-group service",
                    "target-security-group load-balancer")), stacks.toString());
        }
    }

    @Test
    void exportWritesEachStackToItsOwnFile() throws Exception {
        Path out = dir.resolve("exported");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("export", FOLDER.toString(), "--to", "cfn-yaml", "--out", out.toString()),
                    io.err());
        }
        try (var files = Files.list(out)) {
            assertEquals(List.of("load-balancer.yaml", "network.yaml", "service.yaml"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("service.yaml")).contains("${LoadBalancerStackName}-ListenerArn"));
    }

    @Test
    void namesTheStackOfAnImportThatNoTemplateExports() throws Exception {
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", FOLDER.resolve("service.yaml").toString(),
                    FOLDER.resolve("network.yaml").toString(), "--stack-name", "nowhere.yaml=x", "--out",
                    dir.resolve("x.json").toString()));
            assertEquals("nowhere.yaml at --stack-name: is not one of the templates imported\n", io.err());
        }
    }
}
