package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.db.DbInstance;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.rule.CannotTell;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values a resource needs that the template leaves to deploy time (a Parameter without a default) or takes from
 * another stack ({@code Fn::ImportValue}, also inside {@code Fn::Sub}) no longer keep the resource opaque: a
 * security group's peer CIDR is "given at deploy time" and the rules that need it cannot tell; a listener's
 * certificate ARN is an outside certificate; an instance class is the Parameter's name. Export writes every
 * expression back as read, and {@code --param} makes the value known.
 */
class DeployTimeValuesImportTest {
    private static final Path FILE = Path.of("deploy-time.yaml");
    private static final String TEMPLATE = """
            Parameters:
              ClientCidr:
                Type: String
              CertificateArn:
                Type: String
              DbClass:
                Type: String
              GatewayIp:
                Type: String
              NetworkStack:
                Type: String
                Default: net
            Resources:
            """ + CorpusFidelity.VPC_TWO_SUBNETS + """
              LbSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: !Sub '${NetworkStack} load balancer'
                  VpcId: !Ref Vpc
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !Ref ClientCidr}
                    - IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      CidrIp: !Sub ['${Ip}/32', {Ip: {'Fn::ImportValue': !Sub '${NetworkStack}-NatIp'}}]
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Scheme: internal
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
                  SecurityGroups: [!Ref LbSg]
              Https:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Alb
                  Port: 443
                  Protocol: HTTPS
                  Certificates: [{CertificateArn: !Ref CertificateArn}]
                  DefaultActions:
                    - Type: fixed-response
                      FixedResponseConfig: {StatusCode: '200'}
              Legacy:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Alb
                  Port: 8443
                  Protocol: HTTPS
                  Certificates:
                    - CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d
                  DefaultActions:
                    - Type: fixed-response
                      FixedResponseConfig: {StatusCode: '200'}
              Nlb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Type: network
                  Scheme: internal
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
              GatewayTg:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties:
                  VpcId: !Ref Vpc
                  Protocol: TCP
                  Port: 443
                  TargetType: ip
                  Targets:
                    - {Id: !Ref GatewayIp, Port: 443, AvailabilityZone: all}
              Tcp:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Nlb
                  Port: 443
                  Protocol: TCP
                  DefaultActions: [{Type: forward, TargetGroupArn: !Ref GatewayTg}]
              DbSubnets:
                Type: AWS::RDS::DBSubnetGroup
                Properties:
                  DBSubnetGroupDescription: db
                  SubnetIds: [!Ref SubnetA, !Ref SubnetB]
              Db:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: mysql
                  MultiAZ: true
                  DBInstanceClass: !Ref DbClass
                  AllocatedStorage: '20'
                  DBSubnetGroupName: !Ref DbSubnets
            """;

    @Test
    void everyResourceIsModelled() throws Exception {
        Design design = imported();
        assertEquals(List.of(), design.all(OpaqueResource.class).stream().map(OpaqueResource::name).toList());
        SecurityGroup sg = (SecurityGroup) design.byName("LbSg").orElseThrow();
        assertEquals(List.of("{ClientCidr}", "{import net-NatIp}"), sg.ingress().stream().map(SgRule::cidr).toList());
        assertTrue(sg.ingress().stream().allMatch(SgRule::deployTimeCidr));
        DbInstance db = (DbInstance) design.byName("Db").orElseThrow();
        assertEquals("{DbClass}", db.instanceClass());
        assertEquals(List.of("{GatewayIp}"), design.all(IpTarget.class).stream().map(IpTarget::ip).toList());
    }

    @Test
    void aCertificateFromOutsideIsAnOutsideElementCoveringEveryHost() throws Exception {
        Design design = imported();
        Listener https = (Listener) design.byName("Https").orElseThrow();
        Listener legacy = (Listener) design.byName("Legacy").orElseThrow();
        Certificate fromParameter = design.get(https.certificateIds().get(0), Certificate.class);
        Certificate literal = design.get(legacy.certificateIds().get(0), Certificate.class);
        assertEquals("CertificateArn", fromParameter.name());
        assertTrue(ExternalElements.isExternal(design, fromParameter.id()));
        assertTrue(ExternalElements.isExternal(design, literal.id()));
        assertTrue(fromParameter.covers("shop.example.com"));
    }

    @Test
    void rulesThatNeedTheCidrCannotTellAndNameTheAssumption() throws Exception {
        List<Finding> findings = new Validator().validate(imported()).stream()
                .filter(f -> f.ruleId().equals("LB-SG-NO-LISTENER-PORT")).toList();
        assertEquals(2, findings.size(), findings.toString());
        for (Finding f : findings) {
            assertTrue(CannotTell.is(f), f.message());
            assertTrue(f.message().contains("set assumption parameters.ClientCidr, the stack exporting net-NatIp"),
                    f.message());
        }
    }

    @Test
    void validationReportsNoErrorOrWarningAboutThem() throws Exception {
        List<String> found = new Validator().validate(imported()).stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.message()).toList();
        assertEquals(List.of(), found);
    }

    @Test
    void simulationTakesTheDeployTimeCidrAsAdmittingAndSaysSo() throws Exception {
        RouteTrace trace = new RequestRouter(imported()).route(SimRequest.parse("GET https://shop.example.com/",
                List.of(), "10.0.1.9"), "Alb", SimulationScenario.NORMAL);
        assertTrue(trace.hops().stream().anyMatch(h -> h.reason().contains("with {ClientCidr}, given at deploy time: "
                + "cannot tell whether it covers the peer, taken as covering it")), trace.hops().toString());
    }

    @Test
    void aParameterValueMakesTheCidrKnown() throws Exception {
        Design under = ParameterValues.apply(imported(), Map.of("ClientCidr", "198.51.100.0/24"), FILE);
        SecurityGroup sg = (SecurityGroup) under.byName("LbSg").orElseThrow();
        assertEquals("198.51.100.0/24", sg.ingress().get(0).cidr());
    }

    @Test
    void exportAndTheDesignFileGiveTheTemplateBackAsRead() throws Exception {
        Design design = imported();
        assertEquals(List.of(), CorpusFidelity.changedByExport(TEMPLATE, design, FILE));
        Design reread = DesignFile.fromJson(DesignFile.toJson(design), FILE);
        assertEquals(List.of(), CorpusFidelity.changedByExport(TEMPLATE, reread, FILE));
        Map<String, Object> out = TemplateReader.read(new CfnYamlExporter().render(design).content(), FILE);
        assertEquals(List.of("ClientCidr", "CertificateArn", "DbClass", "GatewayIp", "NetworkStack"),
                List.copyOf(Cfn.orEmpty(out.get("Parameters")).keySet()), "no Parameter of export's own");
    }

    private static Design imported() throws Exception {
        return new CfnImporter().importText(TEMPLATE, FILE);
    }
}
