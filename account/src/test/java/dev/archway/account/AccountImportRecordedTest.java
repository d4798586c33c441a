package dev.archway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.DesignIntegrity;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.CustomEndpoint;
import dev.archway.model.db.DbInstance;
import dev.archway.model.diff.StackResource;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.LaunchType;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteOutcome;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parts moto cannot show, against recorded AWS responses (test resources {@code recorded/}): custom endpoints
 * of an Aurora cluster (moto 5 fails DescribeDBClusterEndpoints), a writer that is not the first member, a second
 * page of target groups, an ECS service, a target the account reports unhealthy, an Auto Scaling group launching
 * from a launch template in two zones (moto puts all of a group's instances in its first subnet), CloudFormation
 * tags of an Auto Scaling group and of load balancers, throttling, and a permission the credentials lack.
 */
class AccountImportRecordedTest {
    private static final String ARN = "arn:aws:rds:eu-central-1:111122223333:";
    private static final String ASG = "arn:aws:autoscaling:eu-central-1:111122223333:autoScalingGroup:0000:"
            + "autoScalingGroupName/billing-asg";
    static RecordedHttpClient http = new RecordedHttpClient();
    static AccountResult result;
    static Design design;

    @BeforeAll
    static void importRecordedAccount() throws AccountException {
        System.setProperty("aws.accessKeyId", "recorded");
        System.setProperty("aws.secretAccessKey", "recorded");
        result = AccountImport.read(new AccountRequest(Optional.empty(), Optional.of("eu-central-1"), List.of(),
                Optional.empty()), ImportProgress.NONE, http.builder());
        design = result.design();
    }

    @Test
    void customEndpointsListTheirMembersOrAllButTheExcluded() {
        AuroraCluster cluster = design.get(ARN + "cluster:billing-db", AuroraCluster.class);
        assertEquals(List.of(new CustomEndpoint("reports", "READER", List.of(ARN + "db:billing-db-3")),
                new CustomEndpoint("all-but-3", "ANY", List.of(ARN + "db:billing-db-1", ARN + "db:billing-db-2"))),
                cluster.customEndpoints());
    }

    @Test
    void theWriterIsTheMemberAwsSaysAndTiersAreKept() {
        AuroraCluster cluster = design.get(ARN + "cluster:billing-db", AuroraCluster.class);
        assertEquals(ARN + "db:billing-db-2", cluster.writerId());
        assertTrue(cluster.deletionProtection());
        assertEquals(List.of(1, 0, 15), design.all(DbInstance.class).stream().map(DbInstance::promotionTier).toList());
    }

    @Test
    void everyPageOfTargetGroupsIsRead() {
        assertEquals(List.of("billing-target-group", "reports-target-group"), design.all(TargetGroup.class).stream()
                .map(TargetGroup::name).toList(), "the load balancer and the ECS service keep the names they share");
        assertEquals(List.of("DescribeTargetGroups", "DescribeTargetGroups-2"), http.asked().stream()
                .filter(a -> a.startsWith("DescribeTargetGroups")).toList());
        TargetGroup reports = design.all(TargetGroup.class).get(1);
        assertEquals(9000, reports.healthCheckPort());
    }

    @Test
    void anEcsServiceIsTheTargetOfTheIpGroupItRegistersIn() {
        EcsService reports = design.get("arn:aws:ecs:eu-central-1:111122223333:service/billing/reports",
                EcsService.class);
        assertEquals(new EcsService(reports.id(), "reports", "billing", LaunchType.FARGATE,
                List.of("subnet-0000000000000000a", "subnet-0000000000000000b"), List.of("sg-0000000000000app0"), 3,
                "web", 8080, "arn:aws:ecs:eu-central-1:111122223333:task-definition/reports:7", false), reports);
        TargetGroup group = design.all(TargetGroup.class).get(1);
        assertEquals(List.of(reports.id()), group.targetIds());
    }

    @Test
    void terminatedInstancesAreLeftOut() {
        assertEquals(List.of("i-00000000000000001", "i-00000000000000002"), design.all(Ec2Instance.class).stream()
                .map(Ec2Instance::id).toList());
    }

    @Test
    void unhealthyTargetsStartTheSimulationUnhealthy() {
        assertEquals(Set.of("i-00000000000000002", ASG + "#2"), result.unhealthyTargets());
        SimulationScenario scenario = result.scenario();
        assertTrue(scenario.markedUnhealthy("i-00000000000000002"));
        RouteTrace trace = new RequestRouter(design).route(SimRequest.parse("GET http://billing.internal/", List.of(),
                "10.20.1.99"), "billing", scenario);
        assertEquals(RouteOutcome.FORWARDED, trace.outcome(), trace.toString());
        assertEquals("i-00000000000000001", trace.targetElementId());
    }

    @Test
    void anAutoScalingGroupLaunchesWhatItsLaunchTemplateVersionSays() {
        AutoScalingGroup asg = design.get(ASG, AutoScalingGroup.class);
        assertEquals(new AutoScalingGroup(ASG, "billing-asg", "vpc-0a1b2c3d4e5f60001",
                List.of("subnet-0000000000000000a", "subnet-0000000000000000b"), List.of("sg-0000000000000app0"), 1, 2,
                4, "t3.medium", "ami-2", null), asg, "a template of an image, a type and groups is Archway's to write");
        assertEquals(1, http.asked().stream().filter("DescribeLaunchTemplateVersions"::equals).count());
    }

    /** Auto Scaling lists the instance in zone b first: it is the simulated instance in zone b that is unhealthy. */
    @Test
    void theGroupsInstancesAreItsAndItsUnhealthyOneIsTheSimulatedOneInItsZone() {
        assertFalse(design.contains("i-00000000000000004"));
        assertFalse(design.contains("i-00000000000000005"));
        assertTrue(result.scenario().markedUnhealthy(ASG + "#2"));
        assertFalse(result.scenario().markedUnhealthy(ASG + "#1"));
    }

    @Test
    void theCloudFormationTagsOfTheGroupAndTheLoadBalancerAreRead() {
        assertEquals(new StackResource("billing", "BillingAsg"), result.deployedBy().get(ASG));
        assertEquals(new StackResource("billing", "BillingAlb"), result.deployedBy().get(
                "arn:aws:elasticloadbalancing:eu-central-1:111122223333:loadbalancer/app/billing/cccc"));
        assertEquals(2, result.deployedBy().size(), "the target group has no stack tags");
        assertEquals(1, http.asked().stream().filter("DescribeTags"::equals).count(), "one call for up to 20 ARNs");
    }

    @Test
    void securityGroupRulesNamingWhatIsNotImportedAreLeftOutWithAWarning() {
        SecurityGroup app = design.get("sg-0000000000000app0", SecurityGroup.class);
        assertEquals(List.of(SgRule.tcpFrom(8080, "sg-0000000000000alb0")), app.ingress());
        assertTrue(result.warnings().contains("security group sg-0000000000000app0: a rule naming group "
                + "sg-0ffffffffffffffff, which is outside the import, was left out"), result.warnings().toString());
        assertTrue(result.warnings().contains("security group sg-0000000000000app0: rules for prefix lists are not "
                + "modelled and were left out"), result.warnings().toString());
    }

    @Test
    void throttlingIsRetriedWithBackOff() {
        assertEquals(2, http.asked().stream().filter("DescribeLoadBalancerAttributes"::equals).count());
        assertEquals("120", design.all(LoadBalancer.class).get(0).attributes().get("idle_timeout.timeout_seconds"));
    }

    @Test
    void aMissingPermissionIsAWarningAndTheRestIsRead() {
        assertTrue(result.warnings().contains("no permission elasticloadbalancing:DescribeRules: what it reads is "
                + "missing from the design"), result.warnings().toString());
        assertEquals(List.of(), design.all(ListenerRule.class));
        assertEquals(1, http.asked().stream().filter("DescribeRules"::equals).count());
        assertEquals(List.of(), DesignIntegrity.problems(design));
    }
}
