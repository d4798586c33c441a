package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteOutcome;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target groups of type {@code lambda} (a function of the template, kept as written) and {@code alb} (an ALB behind
 * an NLB) are modelled: export gives them back as read, validation finds nothing false, and a request to a Lambda
 * group ends at the function.
 */
class LambdaAndAlbTargetsImportTest {
    private static final Path FILE = Path.of("targets.yaml");
    private static final String TEMPLATE = """
            Resources:
            """ + CorpusFidelity.VPC_TWO_SUBNETS + """
              Igw:
                Type: AWS::EC2::InternetGateway
              IgwAttachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties:
                  VpcId: !Ref Vpc
                  InternetGatewayId: !Ref Igw
              PublicRoutes:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              DefaultRoute:
                Type: AWS::EC2::Route
                DependsOn: IgwAttachment
                Properties:
                  RouteTableId: !Ref PublicRoutes
                  DestinationCidrBlock: 0.0.0.0/0
                  GatewayId: !Ref Igw
              AssocA:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SubnetA
                  RouteTableId: !Ref PublicRoutes
              AssocB:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref SubnetB
                  RouteTableId: !Ref PublicRoutes
              AlbSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: alb
                  VpcId: !Ref Vpc
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                DependsOn: IgwAttachment
                Properties:
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
                  SecurityGroups: [!Ref AlbSg]
              Role:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement:
                      - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
              Website:
                Type: AWS::Lambda::Function
                Properties:
                  Handler: index.handler
                  Runtime: python3.12
                  Role: !GetAtt Role.Arn
                  Code:
                    ZipFile: "def handler(event, context): return {'statusCode': 200}"
              WebsitePermission:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: !Ref Website
                  Principal: elasticloadbalancing.amazonaws.com
              WebsiteTargets:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                DependsOn: WebsitePermission
                Properties:
                  TargetType: lambda
                  Targets:
                    - Id: !GetAtt Website.Arn
              HttpListener:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Alb
                  Port: 80
                  Protocol: HTTP
                  DefaultActions:
                    - Type: forward
                      TargetGroupArn: !Ref WebsiteTargets
              Nlb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                DependsOn: IgwAttachment
                Properties:
                  Type: network
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
              AlbTargets:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                DependsOn: HttpListener
                Properties:
                  TargetType: alb
                  Protocol: TCP
                  Port: 80
                  VpcId: !Ref Vpc
                  Targets:
                    - Id: !Ref Alb
                      Port: 80
              NlbListener:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Nlb
                  Port: 80
                  Protocol: TCP
                  DefaultActions:
                    - Type: forward
                      TargetGroupArn: !Ref AlbTargets
            """;

    @Test
    void lambdaAndAlbGroupsAreModelledWithTheirTargets() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        TargetGroup lambda = group(design, "WebsiteTargets");
        assertEquals(TargetType.LAMBDA, lambda.targetType());
        assertTrue(design.get(lambda.targets().get(0).targetId()) instanceof OpaqueResource o
                && o.cfnType().equals("AWS::Lambda::Function"));
        TargetGroup alb = group(design, "AlbTargets");
        assertTrue(design.get(alb.targets().get(0).targetId()) instanceof LoadBalancer);
    }

    @Test
    void exportWritesThemBackAsRead() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertEquals(List.of(), CorpusFidelity.changedByExport(TEMPLATE, design, FILE));
    }

    @Test
    void validationFindsNoFalseTargetProblems() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        List<String> found = new Validator().validate(design).stream()
                .filter(f -> f.ruleId().startsWith("TG-") || f.ruleId().startsWith("TARGET-"))
                .map(f -> f.ruleId() + " " + f.message()).toList();
        assertEquals(List.of(), found);
    }

    @Test
    void aRequestToTheLambdaGroupEndsAtTheFunction() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        RouteTrace trace = new RequestRouter(design).route(SimRequest.parse("GET http://example.com/", List.of(),
                "203.0.113.9"), "Alb", SimulationScenario.NORMAL);
        assertEquals(RouteOutcome.FORWARDED, trace.outcome());
        assertTrue(trace.hops().stream().anyMatch(h -> h.reason().contains("Lambda function Website")),
                trace.hops().toString());
    }

    private static TargetGroup group(Design design, String name) {
        return design.all(TargetGroup.class).stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
