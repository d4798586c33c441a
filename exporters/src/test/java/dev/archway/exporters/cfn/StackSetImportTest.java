package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.stacks.CfnResourceCount;
import dev.archway.model.stacks.SourceStacks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates that hand each other values through Exports and Fn::ImportValue are one design, and export as read. */
class StackSetImportTest {
    static final Path FOLDER = Path.of("src/test/resources/cfn/cross-stack");

    private static Design crossStack() throws Exception {
        return new StackSetImport(Map.of()).importStacks(List.of(FOLDER));
    }

    @Test
    void importsResolveToTheExportingStacksElements() throws Exception {
        Design d = crossStack();
        assertEquals(List.of("load-balancer", "network", "service"), SourceStacks.stacks(d));
        assertEquals(List.of(), d.elements().stream().filter(e -> CfnResourceCount.isExternal(d, e.id()))
                .map(e -> e.name()).toList(), "every import resolves within the set");
        Vpc vpc = d.all(Vpc.class).get(0);
        assertEquals(1, d.all(Vpc.class).size());
        assertEquals("network", SourceStacks.stackOf(d, vpc.id()));
        LoadBalancer alb = d.all(LoadBalancer.class).get(0);
        assertEquals(vpc.id(), alb.vpcId());
        assertEquals(List.of("PublicSubnet1", "PublicSubnet2"), alb.subnetIds().stream().map(d::nameOf).toList());
        ListenerRule rule = d.all(ListenerRule.class).get(0);
        Listener listener = d.get(rule.listenerId(), Listener.class);
        assertEquals("HttpListener", listener.name());
        assertEquals("load-balancer", SourceStacks.stackOf(d, listener.id()));
        assertEquals("service", SourceStacks.stackOf(d, rule.id()));
        EcsService service = d.all(EcsService.class).get(0);
        assertEquals(List.of("PrivateSubnet1", "PrivateSubnet2"), service.subnetIds().stream().map(d::nameOf)
                .toList());
        TargetGroup tg = d.all(TargetGroup.class).get(0);
        assertEquals(vpc.id(), tg.vpcId());
        assertEquals(List.of(service.id()), tg.targetIds());
        assertEquals("TargetSecurityGroup", d.nameOf(service.securityGroupIds().get(0)));
        assertEquals("load-balancer", SourceStacks.stackOf(d, service.securityGroupIds().get(0)));
        assertTrue(d.all(OpaqueResource.class).stream().noneMatch(o -> o.cfnType().startsWith(
                "AWS::ElasticLoadBalancingV2")), "nothing of load balancing is kept opaque");
    }

    @Test
    void exportWritesEachStackBackToItsOwnFileWithItsImportsAndExports() throws Exception {
        Design d = crossStack();
        ExportOutput out = new CfnYamlExporter().render(d);
        assertTrue(out.directory());
        assertEquals(List.of("load-balancer.yaml", "network.yaml", "service.yaml"), List.copyOf(out.files().keySet()));
        for (String file : out.files().keySet()) {
            Map<String, Object> original = TemplateReader.read(java.nio.file.Files.readString(FOLDER.resolve(file)),
                    FOLDER.resolve(file));
            Map<String, Object> exported = TemplateReader.read(out.files().get(file), Path.of(file));
            assertEquals(original.get("Resources"), exported.get("Resources"), file);
            Cfn.orEmpty(original.get("Outputs")).forEach((name, output) -> assertEquals(output,
                    Cfn.orEmpty(exported.get("Outputs")).get(name), file + " Outputs." + name));
            assertEquals(original.get("Description"), exported.get("Description"), file);
            assertEquals(original.get("Parameters"), exported.get("Parameters"), file);
        }
    }

    @Test
    void theExportedFolderImportsAsTheSameDesign(@TempDir Path dir) throws Exception {
        Design d = crossStack();
        ExportWriter.write(new CfnJsonExporter().render(d), dir);
        Design again = new StackSetImport(Map.of()).importStacks(List.of(dir));
        assertEquals(names(d), names(again));
        assertEquals(d.elements().stream().map(e -> e.getClass().getSimpleName() + " " + e.name() + " "
                + SourceStacks.stackOf(d, e.id())).sorted().toList(), again.elements().stream().map(e -> e.getClass()
                .getSimpleName() + " " + e.name() + " " + SourceStacks.stackOf(again, e.id())).sorted().toList());
    }

    private static List<String> names(Design d) {
        return d.elements().stream().map(e -> e.name()).sorted().toList();
    }

    @Test
    void aSetWithTwoTemplatesOfOneStackNameIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        java.nio.file.Files.copy(FOLDER.resolve("network.yaml"), dir.resolve("network.yaml"));
        java.nio.file.Files.copy(FOLDER.resolve("network.yaml"), dir.resolve("network.json"));
        InputException e = assertThrows(InputException.class, () -> new StackSetImport(Map.of())
                .importStacks(List.of(dir)));
        assertEquals(dir.resolve("network.yaml") + ": would be stack network like another template of the set; "
                + "name it with --stack-name network.yaml=NAME", e.getMessage());
    }

    @Test
    void aParamValueReachesTheStacksThatHaveTheParameter() throws Exception {
        Design d = ParameterValues.apply(crossStack(), Map.of("Image", "public.ecr.aws/nginx/nginx:1.27"),
                Path.of("stacks"));
        assertEquals("public.ecr.aws/nginx/nginx:1.27", d.all(EcsService.class).get(0).image());
        assertEquals(List.of("load-balancer", "network", "service"), SourceStacks.stacks(d).stream().sorted()
                .toList());
        assertEquals("HttpListener", d.nameOf(d.all(ListenerRule.class).get(0).listenerId()));
        InputException e = assertThrows(InputException.class, () -> ParameterValues.apply(crossStack(),
                Map.of("NoSuch", "1"), Path.of("stacks")));
        assertEquals("stacks at --param NoSuch: no stack of the design has a Parameter NoSuch", e.getMessage());
    }

    @Test
    void anImportNoTemplateOfTheSetExportsStaysExternal() throws Exception {
        Design d = new StackSetImport(Map.of()).importStacks(List.of(FOLDER.resolve("service.yaml"),
                FOLDER.resolve("load-balancer.yaml")));
        Listener listener = d.get(d.all(ListenerRule.class).get(0).listenerId(), Listener.class);
        assertEquals("HttpListener", listener.name());
        TargetGroup tg = d.all(TargetGroup.class).get(0);
        assertTrue(CfnResourceCount.isExternal(d, tg.vpcId()), "the network stack is not in the set");
        assertNull(SourceStacks.stackOf(d, "no-such-element"));
    }

    /**
     * A reference the user draws from one stack's element to another stack's that no import carries (the service
     * moved into the public subnets) is not lost: the network stack exports the subnets, the service stack imports
     * them by the network stack's name, and the set imports back to the same design.
     */
    @Test
    void aReferenceDrawnAcrossStacksBecomesAnExportAndAnImport(@TempDir Path dir) throws Exception {
        Design d = crossStack();
        EcsService service = d.all(EcsService.class).get(0);
        List<String> publicSubnets = d.all(Subnet.class).stream().filter(s -> s.name().startsWith("PublicSubnet"))
                .map(Subnet::id).toList();
        d.put(service.withSubnets(publicSubnets));
        ExportOutput out = new CfnYamlExporter().render(d);
        Map<String, Object> network = TemplateReader.read(out.files().get("network.yaml"), Path.of("network.yaml"));
        assertEquals(Cfn.map("Value", Cfn.ref("PublicSubnet1"), "Export",
                Cfn.map("Name", Cfn.map("Fn::Sub", "${AWS::StackName}-PublicSubnet1"))),
                Cfn.orEmpty(network.get("Outputs")).get("PublicSubnet1Export"), out.files().get("network.yaml"));
        String serviceYaml = out.files().get("service.yaml");
        assertTrue(serviceYaml.contains("Fn::ImportValue: network-PublicSubnet1")
                || serviceYaml.contains("!ImportValue network-PublicSubnet1")
                || serviceYaml.contains("!ImportValue 'network-PublicSubnet1'"), serviceYaml);
        ExportWriter.write(out, dir);
        Design back = new StackSetImport(Map.of()).importStacks(List.of(dir));
        assertEquals(List.of("PublicSubnet1", "PublicSubnet2"), back.all(EcsService.class).get(0).subnetIds()
                .stream().map(back::nameOf).toList());
        assertEquals("network", SourceStacks.stackOf(back, back.all(EcsService.class).get(0).subnetIds().get(0)));
    }
}
