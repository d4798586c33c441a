package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values from other stacks and deploy-time Parameters are external elements; export writes the expressions back. */
class CfnExternalsTest {
    private static final Path FILE = Path.of("service.yaml");
    private static final String SERVICE = """
            Parameters:
              NetworkStack: {Type: String, Default: net}
              CreateGateway: {Type: String, Default: 'true'}
            Conditions:
              WithGateway: !Equals [!Ref CreateGateway, 'true']
            Resources:
              LbSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: lb
                  VpcId: {'Fn::ImportValue': !Sub '${NetworkStack}-VpcId'}
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: !Split [',', {'Fn::ImportValue': !Sub '${NetworkStack}-PublicSubnets'}]
                  SecurityGroups: [!Ref LbSg]
              Tg:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties:
                  Port: 80
                  Protocol: HTTP
                  VpcId: {'Fn::ImportValue': !Sub '${NetworkStack}-VpcId'}
              Gw:
                Type: AWS::EC2::InternetGateway
                Condition: WithGateway
            """;

    @Test
    void importedValuesBecomeExternalElementsNamedByTheirExport() throws Exception {
        Design d = new CfnImporter().importText(SERVICE, FILE);
        SecurityGroup sg = (SecurityGroup) d.byName("LbSg").orElseThrow();
        TargetGroup tg = (TargetGroup) d.byName("Tg").orElseThrow();
        assertEquals(sg.vpcId(), tg.vpcId(), "one external VPC for one export");
        assertEquals("net-VpcId", d.nameOf(sg.vpcId()));
        assertTrue(d.get(sg.vpcId()) instanceof Vpc);
        LoadBalancer alb = (LoadBalancer) d.byName("Alb").orElseThrow();
        assertEquals(2, alb.subnetIds().size());
        assertTrue(alb.subnetIds().stream().allMatch(id -> d.get(id) instanceof Subnet));
        assertEquals(Map.of(), KeptReasons.of(d).entrySet().stream().filter(e -> !e.getKey().equals("Gw"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void exportWritesTheExpressionsAndAddsNoResourceOrDependency() throws Exception {
        Map<String, Object> original = TemplateReader.read(SERVICE, FILE);
        Design d = new CfnImporter().importText(SERVICE, FILE);
        for (String json : List.of(new CfnJsonExporter().render(d).content(),
                new CfnYamlExporter().render(d).content())) {
            Map<String, Object> resources = Cfn.asMap(TemplateReader.read(json, FILE).get("Resources"));
            assertEquals(Cfn.asMap(original.get("Resources")).keySet(), resources.keySet());
            for (String lid : resources.keySet()) {
                assertEquals(CorpusFidelity.comparable(Cfn.asMap(original.get("Resources")).get(lid)),
                        CorpusFidelity.comparable(resources.get(lid)), lid);
                assertFalse(Cfn.asMap(resources.get(lid)).containsKey("DependsOn"), lid);
            }
        }
    }
}
