package dev.archway.model;

import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbRouter;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.LaunchType;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.Region;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds designs in code: for tests, fixtures, generated benchmark designs and the example designs.
 * Each method adds one element named as given (the name doubles as the id, so fixtures read well) and returns
 * its id. Sensible AWS defaults fill what is not given.
 */
public final class DesignBuilder {
    private final Design design;

    public DesignBuilder(String designName) {
        this.design = new Design(designName);
    }

    public Design build() {
        return design;
    }

    public <T extends Element> T add(T element) {
        design.put(element);
        return element;
    }

    public String region(String name, String code) {
        return add(new Region(name, name, code)).id();
    }

    public String vpc(String name, String regionId, String cidr) {
        return add(new Vpc(name, name, regionId, cidr)).id();
    }

    public String az(String name, String vpcId, String zone) {
        return add(new AvailabilityZone(name, name, vpcId, zone)).id();
    }

    public String subnet(String name, String vpcId, String azId, String cidr, String routeTableId) {
        return add(new Subnet(name, name, vpcId, azId, cidr, routeTableId, null, false)).id();
    }

    public String internetGateway(String name, String vpcId) {
        return add(new InternetGateway(name, name, vpcId)).id();
    }

    public String natGateway(String name, String subnetId) {
        return add(new NatGateway(name, name, subnetId, true, true)).id();
    }

    /** A route table with a default route to the given internet gateway: subnets using it are public. */
    public String publicRouteTable(String name, String vpcId, String igwId) {
        return add(new RouteTable(name, name, vpcId, false, List.of(Route.toInternetGateway(igwId)))).id();
    }

    /** A route table with only the local route, or a default route through a NAT gateway when one is given. */
    public String privateRouteTable(String name, String vpcId, String natId) {
        List<Route> routes = natId == null ? List.of() : List.of(Route.toNatGateway(natId));
        return add(new RouteTable(name, name, vpcId, false, routes)).id();
    }

    public String securityGroup(String name, String vpcId, List<SgRule> ingress) {
        SecurityGroup sg = SecurityGroup.create(name, name, vpcId, name + " security group").withIngress(ingress);
        return add(sg).id();
    }

    public String alb(String name, String vpcId, List<String> subnetIds, List<String> securityGroupIds) {
        return add(new LoadBalancer(name, name, vpcId, LbType.APPLICATION, Scheme.INTERNET_FACING, subnetIds,
                securityGroupIds, Map.of(), List.of())).id();
    }

    public String nlb(String name, String vpcId, List<String> subnetIds, Map<String, String> attributes) {
        return add(new LoadBalancer(name, name, vpcId, LbType.NETWORK, Scheme.INTERNET_FACING, subnetIds, List.of(),
                attributes, List.of())).id();
    }

    public String listener(String name, String lbId, Protocol protocol, int port, List<String> certificateIds,
            Action defaultAction) {
        String policy = protocol.terminatesTls() ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null;
        return add(new Listener(name, name, lbId, protocol, port, certificateIds, policy, List.of(defaultAction))).id();
    }

    public String rule(String name, String listenerId, int priority, List<RuleCondition> conditions, Action action) {
        return add(new ListenerRule(name, name, listenerId, priority, conditions, List.of(action))).id();
    }

    public String targetGroup(String name, String vpcId, Protocol protocol, int port, TargetType type,
            List<String> targetIds) {
        HealthCheck hc = protocol.isHttp() ? HealthCheck.httpDefault("/") : HealthCheck.tcpDefault();
        List<TargetRegistration> targets = new ArrayList<>();
        targetIds.forEach(t -> targets.add(new TargetRegistration(t, null)));
        return add(new TargetGroup(name, name, vpcId, protocol, port, type, hc, Map.of(), targets)).id();
    }

    public String instance(String name, String subnetId, List<String> securityGroupIds) {
        return add(new Ec2Instance(name, name, subnetId, securityGroupIds, "t3.micro", "ami-0abcdef1234567890", null,
                false)).id();
    }

    public String fargateService(String name, List<String> subnetIds, List<String> securityGroupIds, int tasks,
            int containerPort) {
        return add(new EcsService(name, name, "Cluster", LaunchType.FARGATE, subnetIds, securityGroupIds, tasks, "app",
                containerPort, "public.ecr.aws/nginx/nginx:latest", false)).id();
    }

    public String certificate(String name, String domain, List<String> alternativeNames, String hostedZoneId) {
        return add(new Certificate(name, name, domain, alternativeNames, hostedZoneId)).id();
    }

    public String hostedZone(String name, String domain) {
        return add(new HostedZone(name, name, domain, false)).id();
    }

    public String aliasRecord(String name, String zoneId, String recordName, String lbId) {
        return add(new DnsRecord(name, name, zoneId, recordName, "A", lbId, List.of(), null)).id();
    }

    public String dbSubnetGroup(String name, List<String> subnetIds) {
        return add(new DbSubnetGroup(name, name, name + " subnets", subnetIds)).id();
    }

    public String auroraCluster(String name, String vpcId, String subnetGroupId, List<String> securityGroupIds,
            String writerId) {
        return add(new AuroraCluster(name, name, vpcId, "aurora-postgresql", "16.4", 5432, subnetGroupId,
                securityGroupIds, "app", "dbadmin", writerId, List.of(), true)).id();
    }

    public String dbInstance(String name, String clusterId, String azId, int promotionTier) {
        return add(new DbInstance(name, name, clusterId, azId, "db.r6g.large", promotionTier, false)).id();
    }

    /** A Django app whose router sends reads to {@code reader} (the reader endpoint), writes to {@code default}. */
    public String djangoApp(String name, List<String> runsOn, List<String> securityGroupIds, String clusterId) {
        List<DbAlias> aliases = List.of(new DbAlias("default", clusterId, "cluster"),
                new DbAlias("reader", clusterId, "reader"));
        List<DbRouter> routers = List.of(new DbRouter("dbrouters.PrimaryReplicaRouter", "reader", "default", true,
                "default"));
        return add(new AppNode(name, name, "django", runsOn, securityGroupIds, aliases, routers)).id();
    }

    public DesignBuilder place(String id, double x, double y, double width, double height) {
        design.setBounds(id, new Bounds(x, y, width, height));
        return this;
    }
}
