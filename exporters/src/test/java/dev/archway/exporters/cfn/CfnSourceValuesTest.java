package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the user did not edit is written back as the template said it; what they edited comes from the model. */
class CfnSourceValuesTest {
    private static final Path FILE = Path.of("stack.yaml");
    private static final String TEMPLATE = """
            Parameters:
              ClientCIDR:
                Type: String
                Default: 0.0.0.0/0
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              SubnetA:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: !Select [0, !Cidr [10.0.0.0/16, 4, 8]]
                  AvailabilityZone: !Select [0, !GetAZs '']
              SubnetB:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.1.0/24
                  AvailabilityZone: !Select [1, !GetAZs '']
              WebSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web
                  VpcId: !Ref Vpc
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !Ref ClientCIDR}
                    - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: !Ref ClientCIDR}
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
                  SecurityGroups: [!Ref WebSg]
              Files:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
                    Mode: 000400
            """;

    private static Map<String, Object> resource(Map<String, Object> template, String lid) {
        return Cfn.asMap(Cfn.asMap(template.get("Resources")).get(lid));
    }

    private static Map<String, Object> exported(Design design) throws Exception {
        return TemplateReader.read(new CfnYamlExporter().render(design).content(), FILE);
    }

    @Test
    void expressionsOfModelledResourcesAreWrittenBackAsRead() throws Exception {
        Map<String, Object> original = TemplateReader.read(TEMPLATE, FILE);
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertTrue(design.byName("WebSg").get() instanceof SecurityGroup, "the group is modelled");
        assertEquals("10.0.0.0/24", ((Subnet) design.byName("SubnetA").get()).cidr(), "Fn::Cidr evaluated");
        assertTrue(design.byName("Alb").get() instanceof LoadBalancer, "the load balancer is modelled");
        Map<String, Object> out = exported(design);
        for (String lid : List.of("SubnetA", "SubnetB", "WebSg", "Alb", "Files")) {
            assertEquals(CorpusFidelity.comparable(resource(original, lid)),
                    CorpusFidelity.comparable(resource(out, lid)), lid);
        }
        assertFalse(Cfn.orEmpty(resource(out, "Alb").get("Properties")).containsKey("Type"), "no default added");
        assertEquals("000400", Cfn.asMap(Cfn.asMap(resource(out, "Files").get("Properties"))
                .get("LaunchTemplateData")).get("Mode"));
    }

    @Test
    void anEditedPartIsWrittenFromTheModelAndTheRestAsRead() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        SecurityGroup sg = (SecurityGroup) design.byName("WebSg").get();
        List<SgRule> ingress = new ArrayList<>(sg.ingress());
        ingress.set(1, SgRule.tcp(8080, "10.0.0.0/8"));
        design.put(sg.withIngress(ingress));
        Subnet b = (Subnet) design.byName("SubnetB").get();
        design.put(b.withCidr("10.0.2.0/24"));
        Map<String, Object> out = exported(DesignFile.fromJson(DesignFile.toJson(design), FILE));
        List<Object> rules = Cfn.asList(Cfn.orEmpty(resource(out, "WebSg").get("Properties"))
                .get("SecurityGroupIngress"));
        assertEquals(Map.of("Ref", "ClientCIDR"), Cfn.asMap(rules.get(0)).get("CidrIp"), "untouched rule");
        assertEquals("10.0.0.0/8", Cfn.asMap(rules.get(1)).get("CidrIp"), "edited rule");
        Map<String, Object> subnetB = Cfn.orEmpty(resource(out, "SubnetB").get("Properties"));
        assertEquals("10.0.2.0/24", subnetB.get("CidrBlock"));
        assertEquals(Map.of("Fn::Select", List.of(1, Map.of("Fn::GetAZs", ""))), subnetB.get("AvailabilityZone"));
    }
}
