package dev.archway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.cfn.CfnTemplateExporter;
import dev.archway.model.Design;
import dev.archway.model.DesignIntegrity;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import dev.archway.model.simulation.InstanceSpread;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteOutcome;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.TrafficReport;
import dev.archway.model.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reading an emulated account (moto's server, populated by {@link MotoAccount}): the import element by element, then
 * validated, then a request simulated end to end. moto 5 answers DescribeDBClusterEndpoints with an error, so custom
 * endpoints are covered by {@code AccountImportRecordedTest}.
 */
@ExtendWith(MotoServer.class)
class AccountImportMotoTest {
    static MotoAccount account;
    static AccountResult result;
    static Design design;

    @BeforeAll
    static void populateAndImport(MotoServer moto) throws AccountException {
        account = MotoAccount.populate(moto);
        result = AccountImport.read(moto.request(List.of(account.shopVpc, account.otherVpc)), ImportProgress.NONE);
        design = result.design();
    }

    @Test
    void readsOnlyTheVpcsAskedFor() {
        assertEquals(Set.of("shop", "other"), names(design.all(Vpc.class)));
        assertEquals("10.0.0.0/16", design.get(account.shopVpc, Vpc.class).cidr());
        assertEquals(5, design.all(Subnet.class).size());
    }

    @Test
    void subnetsKeepTheirZonesRouteTablesAndPublicness() {
        Topology topology = new Topology(design);
        Subnet publicA = design.get(account.publicA, Subnet.class);
        Subnet privateB = design.get(account.privateB, Subnet.class);
        assertEquals("eu-west-1a", topology.zoneOf(publicA));
        assertEquals("eu-west-1b", topology.zoneOf(privateB));
        assertTrue(topology.isPublic(publicA));
        assertFalse(topology.isPublic(privateB));
        RouteTable pub = design.get(publicA.routeTableId(), RouteTable.class);
        assertEquals(RouteTarget.INTERNET_GATEWAY, pub.routes().get(0).target());
        assertEquals(account.igw, pub.routes().get(0).targetId());
        RouteTable priv = design.get(privateB.routeTableId(), RouteTable.class);
        assertEquals(RouteTarget.NAT_GATEWAY, priv.routes().get(0).target());
        assertEquals(account.nat, priv.routes().get(0).targetId());
    }

    @Test
    void securityGroupRulesNameTheirPeers() {
        SecurityGroup app = design.get(account.appSg, SecurityGroup.class);
        assertEquals("app", app.name());
        assertTrue(app.ingress().stream().anyMatch(r -> r.covers("tcp", 8080) && account.albSg.equals(
                r.securityGroupId())));
        assertTrue(app.ingress().stream().anyMatch(r -> r.covers("tcp", 7000) && "10.0.0.0/16".equals(r.cidr())));
    }

    @Test
    void theAlbWithItsHttpsListenerCertificateAndRules() {
        LoadBalancer alb = design.get(account.alb, LoadBalancer.class);
        assertEquals("shop-alb", alb.name());
        assertEquals(LbType.APPLICATION, alb.type());
        assertEquals(Scheme.INTERNET_FACING, alb.scheme());
        assertEquals(List.of(account.publicA, account.publicB), alb.subnetIds());
        assertEquals(List.of(account.albSg), alb.securityGroupIds());
        Listener https = design.get(account.https, Listener.class);
        assertEquals(Protocol.HTTPS, https.protocol());
        assertEquals(443, https.port());
        assertEquals(List.of(account.certificate), https.certificateIds());
        assertEquals(List.of(account.webGroup), https.defaultActions().get(0).targetGroupIds());
        Certificate cert = design.get(account.certificate, Certificate.class);
        assertEquals("*.shop.example", cert.domainName());
        assertEquals(List.of("shop.example"), cert.subjectAlternativeNames());
        ListenerRule host = design.get(account.hostRule, ListenerRule.class);
        assertEquals(10, host.priority());
        assertEquals(ConditionField.HOST_HEADER, host.conditions().get(0).field());
        assertEquals(List.of("api.shop.example"), host.conditions().get(0).values());
        assertEquals(List.of(account.apiGroup), host.actions().get(0).targetGroupIds());
        ListenerRule path = design.get(account.pathRule, ListenerRule.class);
        assertEquals(List.of("/old/*"), path.conditions().get(0).values());
        assertEquals(ActionType.REDIRECT, path.actions().get(0).type());
        assertEquals("/new/#{path}", path.actions().get(0).redirect().path());
        Listener http = listener(alb, 80);
        assertEquals(ActionType.REDIRECT, http.defaultActions().get(0).type());
        assertEquals("HTTPS", http.defaultActions().get(0).redirect().protocol());
        assertNull(http.sslPolicy());
    }

    @Test
    void theInternalNlbWithCrossZoneAndAnIpTarget() {
        LoadBalancer nlb = design.get(account.nlb, LoadBalancer.class);
        assertEquals(LbType.NETWORK, nlb.type());
        assertEquals(Scheme.INTERNAL, nlb.scheme());
        assertTrue(nlb.crossZone());
        assertEquals(List.of(account.tcpGroup), listener(nlb, 7000).defaultActions().get(0).targetGroupIds());
        TargetGroup tcp = design.get(account.tcpGroup, TargetGroup.class);
        IpTarget ip = design.get(tcp.targetIds().get(0), IpTarget.class);
        assertEquals("10.0.10.50", ip.ip());
        assertEquals(account.privateA, ip.subnetId());
    }

    @Test
    void targetGroupsHoldTheirRegisteredInstancesAndHealthCheck() {
        TargetGroup web = design.get(account.webGroup, TargetGroup.class);
        assertTrue(web.targetIds().contains(account.webInstance));
        assertEquals("/health", web.healthCheck().path());
        assertEquals(List.of(account.apiInstance), design.get(account.apiGroup, TargetGroup.class).targetIds());
        Ec2Instance api = design.get(account.apiInstance, Ec2Instance.class);
        assertEquals("api-1", api.name());
        assertEquals(account.privateB, api.subnetId());
        assertEquals(List.of(account.appSg), api.securityGroupIds());
    }

    @Test
    void theAutoScalingGroupWithItsSizeSubnetsLaunchAndTargetGroup() {
        AutoScalingGroup asg = design.all(AutoScalingGroup.class).get(0);
        assertEquals("web-asg", asg.name());
        assertEquals(account.asg, asg.id());
        assertEquals(List.of(2, 2, 4), List.of(asg.minSize(), asg.desiredCapacity(), asg.maxSize()));
        assertEquals(List.of(account.privateA, account.privateB), asg.subnetIds());
        assertEquals(account.shopVpc, asg.vpcId());
        assertEquals("t3.micro", asg.instanceType());
        assertEquals("ami-12c6146b", asg.imageId());
        assertEquals("web", asg.launchTemplate(), "a launch configuration is kept by name");
        assertEquals(Map.of("LaunchConfigurationName", "web"), design.cfnExtras(asg.id()));
        Map<String, Object> exported = resourceOfType(new CfnTemplateExporter().export(design),
                "AWS::AutoScaling::AutoScalingGroup");
        assertEquals("web", ((Map<?, ?>) exported.get("Properties")).get("LaunchConfigurationName"),
                "an export launches from it");
        assertEquals(List.of(account.webInstance, account.stoppedInstance, asg.id()),
                design.get(account.webGroup, TargetGroup.class).targetIds());
    }

    @Test
    void theGroupsInstancesAreTheGroupsNotElementsOfTheirOwn() {
        assertEquals(Set.of("web-1", "api-1", "web-2"), names(design.all(Ec2Instance.class)));
        assertTrue(result.warnings().stream().noneMatch(w -> w.contains("web-asg")), result.warnings().toString());
    }

    /**
     * The simulation balances the group over zones a and b; moto runs both its instances in zone a, the second one
     * unhealthy: the simulated instance in zone a is the unhealthy one, whatever its place in the account's list.
     */
    @Test
    void theGroupsUnhealthyInstanceIsTheSimulatedOneInItsZone() {
        AutoScalingGroup asg = design.all(AutoScalingGroup.class).get(0);
        assertEquals(List.of(account.privateA, account.privateB), InstanceSpread.subnetsOfInstances(design, asg));
        TrafficReport report = new RequestRouter(design).send(SimRequest.parse("GET https://www.shop.example/",
                List.of(), null), "shop-alb", result.scenario(), 400);
        assertEquals(0, report.count("web-asg#1"), "in zone a, unhealthy");
        assertTrue(report.count("web-asg#2") > 0, "in zone b, healthy");
    }

    @Test
    void theGroupPassesTheAutoScalingRules() {
        List<String> asgFindings = new Validator().validate(design).stream()
                .filter(f -> f.ruleId().startsWith("ASG-")).map(Finding::summary).toList();
        assertEquals(List.of(), asgFindings);
    }

    @Test
    void theAuroraClusterWithItsWriterReadersAndTiers() {
        AuroraCluster cluster = design.get(account.cluster, AuroraCluster.class);
        assertEquals("shop-db", cluster.name());
        assertEquals("shop-db-db-subnet-group", design.nameOf(cluster.dbSubnetGroupId()), "the names AWS shares");
        assertEquals("aurora-postgresql", cluster.engine());
        assertEquals(5432, cluster.port());
        assertEquals(account.shopVpc, cluster.vpcId());
        List<DbInstance> members = design.all(DbInstance.class);
        assertEquals(List.of("shop-db-1", "shop-db-2", "shop-db-3"), members.stream().map(DbInstance::name).toList());
        assertEquals(List.of(0, 1, 2), members.stream().map(DbInstance::promotionTier).toList());
        assertEquals("shop-db-1", design.nameOf(cluster.writerId()));
        Topology topology = new Topology(design);
        assertEquals("eu-west-1b", design.get(members.get(1).azId(), dev.archway.model.network.AvailabilityZone.class)
                .zone());
        assertEquals(2, topology.subnetsOf(cluster).size());
    }

    @Test
    void theRoute53AliasPointsAtTheAlb() {
        DnsRecord record = design.all(DnsRecord.class).get(0);
        assertEquals("api.shop.example", record.recordName());
        assertEquals(account.alb, record.aliasTargetId());
        assertEquals(1, design.all(DnsRecord.class).size());
    }

    @Test
    void theDesignIsWholeLaidOutAndValidates() {
        assertEquals(List.of(), DesignIntegrity.problems(design));
        assertEquals(design.size(), design.layout().size());
        List<Finding> errors = new Validator().validate(design).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors.stream().map(Finding::summary).toList());
    }

    @Test
    void aRequestRoutesEndToEnd() {
        RequestRouter router = new RequestRouter(design);
        RouteTrace api = router.route(SimRequest.parse("GET https://api.shop.example/orders", List.of(), null), null,
                result.scenario());
        assertEquals(RouteOutcome.FORWARDED, api.outcome(), api.toString());
        assertEquals(account.hostRule, api.ruleId());
        assertEquals(account.apiInstance, api.targetElementId());
        RouteTrace old = router.route(SimRequest.parse("GET https://api.shop.example/old/page", List.of(), null),
                null, result.scenario());
        assertEquals(RouteOutcome.FORWARDED, old.outcome(), "the host rule comes first");
        RouteTrace http = router.route(SimRequest.parse("GET http://api.shop.example/x", List.of(), null), null,
                result.scenario());
        assertEquals(RouteOutcome.REDIRECTED, http.outcome());
        assertEquals("https://api.shop.example:443/x", http.location());
    }

    @Test
    void aTargetTheAccountReportsUnhealthyGetsNoTraffic() {
        assertEquals(Set.of(account.stoppedInstance, account.asg + "#1"), result.unhealthyTargets());
        TrafficReport report = new RequestRouter(design).send(SimRequest.parse("GET https://www.shop.example/",
                List.of(), null), "shop-alb", result.scenario(), 40);
        assertEquals(0, report.count("web-2"));
        assertTrue(report.count("web-1") > 0);
    }

    @Test
    void warnsThatCustomEndpointsCouldNotBeRead() {
        assertTrue(result.warnings().contains(
                "rds:DescribeDBClusterEndpoints failed (HTTP 500): what it reads is missing from the design"),
                result.warnings().toString());
    }

    @Test
    void aVpcAskedForThatIsNotThereIsAWarning(MotoServer moto) throws AccountException {
        AccountResult other = AccountImport.read(moto.request(List.of(account.otherVpc, "vpc-0000000000000dead")),
                ImportProgress.NONE);
        assertEquals(Set.of("other"), names(other.design().all(Vpc.class)));
        assertEquals(List.of(), other.design().all(LoadBalancer.class));
        assertTrue(other.warnings().contains("VPC vpc-0000000000000dead is not in eu-west-1 (or cannot be read)"),
                other.warnings().toString());
    }

    @Test
    void timesTheApiCallsWithinTheWhole() {
        assertTrue(result.apiTime().toNanos() > 0);
        assertTrue(result.apiTime().compareTo(result.totalTime()) <= 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resourceOfType(Map<String, Object> template, String type) {
        return ((Map<String, Object>) template.get("Resources")).values().stream().map(r -> (Map<String, Object>) r)
                .filter(r -> type.equals(r.get("Type"))).findFirst().orElseThrow();
    }

    private static Listener listener(LoadBalancer lb, int port) {
        return design.all(Listener.class).stream().filter(l -> l.loadBalancerId().equals(lb.id()) && l.port() == port)
                .findFirst().orElseThrow();
    }

    private static Set<String> names(List<? extends dev.archway.model.Element> elements) {
        return elements.stream().map(dev.archway.model.Element::name).collect(java.util.stream.Collectors.toSet());
    }
}
