package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.NetworkMode;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.rule.Severity;
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
 * An ECS service on bridge or host networking (no awsvpc configuration; the task definition's NetworkMode, bridge
 * when it names none) is modelled: its tasks run on the cluster's container instances and register as those
 * instances with the task's host port, so its target group is of type instance. Export writes it back as read.
 */
class EcsBridgeNetworkingImportTest {
    private static final Path FILE = Path.of("bridge.yaml");

    private static String template(String networkMode, String targetType) {
        return """
                Resources:
                """ + CorpusFidelity.VPC_TWO_SUBNETS + """
                  LbSg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: lb
                      VpcId: !Ref Vpc
                      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 10.0.0.0/16}]
                  Alb:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties:
                      Scheme: internal
                      Subnets: [!Ref SubnetA, !Ref SubnetB]
                      SecurityGroups: [!Ref LbSg]
                  Tg:
                    Type: AWS::ElasticLoadBalancingV2::TargetGroup
                    Properties:
                      VpcId: !Ref Vpc
                      Protocol: HTTP
                      Port: 80
                """ + targetType + """
                  Http:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref Alb
                      Port: 80
                      Protocol: HTTP
                      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
                  Cluster:
                    Type: AWS::ECS::Cluster
                  Task:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                """ + networkMode + """
                      ContainerDefinitions:
                        - Name: web
                          Image: nginx
                          Memory: 256
                          PortMappings: [{ContainerPort: 80, HostPort: 0}]
                  Service:
                    Type: AWS::ECS::Service
                    DependsOn: Http
                    Properties:
                      Cluster: !Ref Cluster
                      DesiredCount: 2
                      TaskDefinition: !Ref Task
                      LoadBalancers: [{ContainerName: web, ContainerPort: 80, TargetGroupArn: !Ref Tg}]
                """;
    }

    private static final String BRIDGE = template("      NetworkMode: bridge\n", "");

    @Test
    void theServiceIsModelledOnTheClustersInstances() throws Exception {
        Design design = new CfnImporter().importText(BRIDGE, FILE);
        assertEquals(List.of("Task"), kept(design), "the task definition stays as written");
        EcsService s = (EcsService) design.byName("Service").orElseThrow();
        assertEquals(NetworkMode.BRIDGE, s.networkMode());
        assertTrue(s.onContainerInstances());
        assertEquals(List.of(), s.subnetIds());
        TargetGroup tg = (TargetGroup) design.byName("Tg").orElseThrow();
        assertEquals(List.of(s.id()), tg.targetIds());
    }

    @Test
    void noNetworkModeIsBridgeAndHostIsHost() throws Exception {
        EcsService none = (EcsService) new CfnImporter().importText(template("", ""), FILE).byName("Service")
                .orElseThrow();
        EcsService host = (EcsService) new CfnImporter().importText(template("      NetworkMode: host\n", ""),
                FILE).byName("Service").orElseThrow();
        assertEquals(NetworkMode.BRIDGE, none.networkMode());
        assertEquals(NetworkMode.HOST, host.networkMode());
    }

    @Test
    void anAwsvpcTaskWithoutItsConfigurationIsKeptAndSaysWhy() throws Exception {
        Design design = new CfnImporter().importText(template("      NetworkMode: awsvpc\n", ""), FILE);
        assertTrue(KeptReasons.of(design).get("Service").contains("NetworkMode is awsvpc"),
                KeptReasons.of(design).toString());
    }

    @Test
    void aServiceWhoseTasksComeFromTaskSetsIsKeptAndSaysWhy() throws Exception {
        Design design = new CfnImporter().importText(BRIDGE.replace("      TaskDefinition: !Ref Task\n",
                "      DeploymentController: {Type: EXTERNAL}\n"), FILE);
        assertTrue(KeptReasons.of(design).get("Service").contains("task sets"), KeptReasons.of(design).toString());
    }

    @Test
    void exportAndTheDesignFileGiveTheTemplateBackAsRead() throws Exception {
        Design design = new CfnImporter().importText(BRIDGE, FILE);
        assertEquals(List.of(), CorpusFidelity.changedByExport(BRIDGE, design, FILE));
        Design reread = DesignFile.fromJson(DesignFile.toJson(design), FILE);
        assertEquals(design.get(design.byName("Service").orElseThrow().id()),
                reread.get(design.byName("Service").orElseThrow().id()));
        assertEquals(List.of(), CorpusFidelity.changedByExport(BRIDGE, reread, FILE));
    }

    @Test
    void anInstanceGroupFitsAndAnIpGroupDoesNot() throws Exception {
        assertEquals(List.of(), typeFindings(new CfnImporter().importText(BRIDGE, FILE)));
        Design ip = new CfnImporter().importText(template("      NetworkMode: bridge\n",
                "      TargetType: ip\n"), FILE);
        assertEquals(1, typeFindings(ip).size());
    }

    @Test
    void validationReportsNoErrorOrWarning() throws Exception {
        assertEquals(List.of(), new Validator().validate(new CfnImporter().importText(BRIDGE, FILE)).stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.ruleId() + " " + f.message()).toList());
    }

    @Test
    void aRequestReachesATaskOnAContainerInstanceOfTheCluster() throws Exception {
        Design design = new CfnImporter().importText(BRIDGE, FILE);
        RouteTrace trace = new RequestRouter(design).route(SimRequest.parse("GET http://app.example.com/", List.of(),
                "10.0.1.9"), "Alb", SimulationScenario.NORMAL);
        assertEquals(RouteOutcome.FORWARDED, trace.outcome(), trace.hops().toString());
        assertTrue(trace.hops().stream().anyMatch(h -> h.reason().contains("a task on a container instance of "
                + "cluster Cluster")), trace.hops().toString());
    }

    private static List<String> typeFindings(Design design) {
        return new Validator().validate(design).stream().filter(f -> f.ruleId().equals("TG-TARGET-TYPE"))
                .map(f -> f.message()).toList();
    }

    private static List<String> kept(Design design) {
        return design.all(OpaqueResource.class).stream().map(OpaqueResource::name).toList();
    }
}
