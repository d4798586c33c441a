package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CfnImporterTest {
    private static final Path FILE = Path.of("stack.yaml");

    private static Design load(String yaml) throws InputException {
        return new CfnImporter().importText(yaml, FILE);
    }

    private static String message(String yaml) {
        return assertThrows(InputException.class, () -> load(yaml)).getMessage();
    }

    private static final String NETWORK = """
            Parameters:
              Cidr:
                Type: String
                Default: 10.1.0.0/16
              Env:
                Type: String
                Default: prod
            Mappings:
              Nets:
                prod: {A: 10.1.1.0/24}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: !Ref Cidr
                  Tags:
                    - Key: Name
                      Value: !Sub '${Env}-vpc'
              SubnetA:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: !FindInMap [Nets, !Ref Env, A]
                  AvailabilityZone: !Select [0, !GetAZs '']
              SubnetB:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: !If [IsProd, !Join ['.', ['10.1.2.0/24']], 10.9.9.0/24]
                  AvailabilityZone: !Select [1, !GetAZs {Ref: 'AWS::Region'}]
              Web:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web
                  VpcId: !Ref Vpc
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 80
                      ToPort: 80
                      SourceSecurityGroupId: !GetAtt Lb.GroupId
              Lb:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: lb
                  VpcId: !Ref Vpc
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: !Sub '${AWS::StackName}-q'
            """;

    @Test
    void resolvesParametersMappingsConditionsAndAzs() throws Exception {
        Design d = load(NETWORK);
        assertEquals("10.1.0.0/16", d.get("Vpc", Vpc.class).cidr());
        assertEquals("10.1.1.0/24", d.get("SubnetA", Subnet.class).cidr());
        assertEquals("10.1.2.0/24", d.get("SubnetB", Subnet.class).cidr());
        assertEquals(List.of("1st", "2nd"), d.all(AvailabilityZone.class).stream()
                .map(AvailabilityZone::zone).toList());
        assertEquals("2nd", d.get(d.get("SubnetB", Subnet.class).azId(), AvailabilityZone.class).zone());
    }

    @Test
    void keepsUninterpretedPropertiesAndUnknownResources() throws Exception {
        Design d = load(NETWORK);
        assertEquals(List.of(Map.of("Key", "Name", "Value", Map.of("Fn::Sub", "${Env}-vpc"))),
                d.cfnExtras("Vpc").get("Tags"));
        OpaqueResource queue = d.get("Queue", OpaqueResource.class);
        assertEquals("AWS::SQS::Queue", queue.cfnType());
        assertEquals(Map.of("QueueName", Map.of("Fn::Sub", "${AWS::StackName}-q")), queue.properties());
    }

    @Test
    void readsSecurityGroupReferencesDeclaredLater() throws Exception {
        assertEquals(List.of(SgRule.tcpFrom(80, "Lb")), load(NETWORK).get("Web", SecurityGroup.class).ingress());
    }

    @Test
    void keepsTemplateSectionsForExport() throws Exception {
        Map<String, Object> t = new CfnTemplateExporter().export(load(NETWORK));
        assertEquals(List.of("Cidr", "Env"), List.copyOf(Cfn.asMap(t.get("Parameters")).keySet()));
        assertEquals(true, Cfn.asMap(t.get("Conditions")).containsKey("IsProd"));
    }

    @Test
    void writerIsTheInstanceTheOthersDependOn() throws Exception {
        assertEquals("B", writerOf("DependsOn: B", "", 1, 0));
    }

    @Test
    void writerIsOtherwiseTheLowestPromotionTier() throws Exception {
        assertEquals("B", writerOf("", "", 3, 2));
    }

    @Test
    void writerIsOtherwiseTheFirst() throws Exception {
        assertEquals("A", writerOf("", "", 1, 1));
    }

    private static String writerOf(String aDepends, String bDepends, int aTier, int bTier) throws Exception {
        String yaml = """
                Resources:
                  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties: {Engine: aurora-postgresql}
                  A:
                    Type: AWS::RDS::DBInstance
                    %s
                    Properties: {DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6g.large, PromotionTier: %d}
                  B:
                    Type: AWS::RDS::DBInstance
                    %s
                    Properties: {DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6g.large, PromotionTier: %d}
                """.formatted(aDepends, aTier, bDepends, bTier);
        return load(yaml).get("Cluster", AuroraCluster.class).writerId();
    }

    @Test
    void rejectsWhatIsNotYamlOrJson() {
        assertEquals("stack.yaml at line 2: not valid YAML: mapping values are not allowed here",
                message("Resources:\n  a: b: c\n"));
    }

    @Test
    void rejectsATemplateWithoutResources() {
        assertEquals("stack.yaml: not a CloudFormation template: no Resources", message("Parameters: {}\n"));
    }

    @Test
    void rejectsARefToNothing() {
        assertEquals("stack.yaml at Resources.Vpc: refers to 'Missing', which is neither a parameter nor a resource",
                message("Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: !Ref Missing}\n"));
    }

    @Test
    void rejectsACycle() {
        assertEquals("stack.yaml at Resources.A: circular dependency through A", message("""
                Resources:
                  A: {Type: AWS::SQS::Queue, DependsOn: B}
                  B: {Type: AWS::SQS::Queue, Properties: {QueueName: !GetAtt A.QueueName}}
                """));
    }

    @Test
    void readsJsonWithGetAzsNull() throws Exception {
        Design d = new CfnImporter().importText("""
                {"Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
                 "S": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": "10.0.0.0/24",
                   "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": null}]}}}}}
                """, Path.of("t.json"));
        assertEquals("1st", d.get(d.get("S", Subnet.class).azId(), AvailabilityZone.class).zone());
    }

    @Test
    void readsYamlInFlowStyle() throws Exception {
        Design d = load("{Resources: {Q: {Type: 'AWS::SQS::Queue', Properties: {QueueName: !Ref 'AWS::StackName'}}}}");
        assertEquals(Map.of("QueueName", Map.of("Ref", "AWS::StackName")), d.get("Q", OpaqueResource.class).properties());
    }

    @Test
    void loadBalancerOnParameterSubnetsIsModelledOnExternalSubnets() throws Exception {
        String template = """
                Parameters:
                  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
                Resources:
                  Alb:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties: {Subnets: !Ref Subnets}
                """;
        Design d = load(template);
        LoadBalancer alb = d.all(LoadBalancer.class).get(0);
        assertEquals(List.of("Subnets 1", "Subnets 2"), alb.subnetIds().stream().map(d::nameOf).toList());
        Subnet first = d.get(alb.subnetIds().get(0), Subnet.class);
        Subnet second = d.get(alb.subnetIds().get(1), Subnet.class);
        assertEquals(first.vpcId(), second.vpcId());
        assertEquals(List.of("1st", "2nd"), List.of(d.get(first.azId(), AvailabilityZone.class).zone(),
                d.get(second.azId(), AvailabilityZone.class).zone()), "assumed in two zones");
        Map<String, Object> exported = TemplateReader.read(new CfnYamlExporter().render(d).content(), FILE);
        assertEquals(Map.of("Subnets", Map.of("Ref", "Subnets")),
                Cfn.asMap(Cfn.asMap(Cfn.asMap(exported.get("Resources")).get("Alb")).get("Properties")));
        assertEquals(Set.of("Alb"), Cfn.asMap(exported.get("Resources")).keySet(), "external subnets write nothing");
    }
}
