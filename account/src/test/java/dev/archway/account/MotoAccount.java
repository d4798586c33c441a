package dev.archway.account;

import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;

/**
 * Populates the emulated account through the SDK, as an operator would: two VPCs (the shop, with public and private
 * subnets in two AZs, an internet gateway and a NAT gateway; and an empty one), an internet-facing ALB with an
 * HTTPS listener (an ACM certificate for *.shop.example), rules and an HTTP-to-HTTPS redirect, an internal NLB to an
 * IP target, target groups with EC2 instances registered (one of them stopped), an Auto Scaling group registering
 * in the web group (its second instance unhealthy), an Aurora PostgreSQL cluster with a writer and two readers, and a Route 53 alias to the ALB.
 */
public final class MotoAccount {
    public String shopVpc;
    public String otherVpc;
    public String publicA;
    public String publicB;
    public String privateA;
    public String privateB;
    public String albSg;
    public String appSg;
    public String igw;
    public String nat;
    public String webInstance;
    public String apiInstance;
    public String stoppedInstance;
    public String certificate;
    public String alb;
    public String albDns;
    public String nlb;
    public String webGroup;
    public String apiGroup;
    public String tcpGroup;
    public String https;
    public String hostRule;
    public String pathRule;
    public String cluster;
    public String asg;
    /** The Auto Scaling group's second instance (in zone a), which Auto Scaling reports unhealthy. */
    public String unhealthyAsgInstance;

    /** Populates the emulator's (empty) account. */
    public static MotoAccount populate(MotoServer moto) throws AccountException {
        try (AwsClients aws = AwsClients.open(moto.request(java.util.List.of()))) {
            return populate(aws);
        }
    }

    static MotoAccount populate(AwsClients aws) {
        MotoAccount a = new MotoAccount();
        a.network(aws.ec2());
        a.instances(aws.ec2());
        a.certificate = aws.acm().requestCertificate(r -> r.domainName("*.shop.example")
                .subjectAlternativeNames("shop.example")).certificateArn();
        a.loadBalancers(aws);
        a.autoScaling(aws.autoScaling());
        a.aurora(aws);
        a.dns(aws);
        return a;
    }

    private void network(Ec2Client ec2) {
        shopVpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").tagSpecifications(named("vpc", "shop"))).vpc().vpcId();
        otherVpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16").tagSpecifications(named("vpc", "other"))).vpc()
                .vpcId();
        publicA = subnet(ec2, "10.0.0.0/24", "a", "public-a");
        publicB = subnet(ec2, "10.0.1.0/24", "b", "public-b");
        privateA = subnet(ec2, "10.0.10.0/24", "a", "private-a");
        privateB = subnet(ec2, "10.0.11.0/24", "b", "private-b");
        subnet(ec2, otherVpc, "10.1.0.0/24", "a", "other-a");
        igw = ec2.createInternetGateway(r -> r.tagSpecifications(named("internet-gateway", "shop-igw")))
                .internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(shopVpc));
        String eip = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        nat = ec2.createNatGateway(r -> r.subnetId(publicA).allocationId(eip)).natGateway().natGatewayId();
        String publicRt = ec2.createRouteTable(r -> r.vpcId(shopVpc).tagSpecifications(named("route-table", "public")))
                .routeTable().routeTableId();
        ec2.createRoute(r -> r.routeTableId(publicRt).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        ec2.associateRouteTable(r -> r.routeTableId(publicRt).subnetId(publicA));
        ec2.associateRouteTable(r -> r.routeTableId(publicRt).subnetId(publicB));
        String privateRt = ec2.createRouteTable(r -> r.vpcId(shopVpc).tagSpecifications(named("route-table",
                "private"))).routeTable().routeTableId();
        ec2.createRoute(r -> r.routeTableId(privateRt).destinationCidrBlock("0.0.0.0/0").natGatewayId(nat));
        ec2.associateRouteTable(r -> r.routeTableId(privateRt).subnetId(privateA));
        ec2.associateRouteTable(r -> r.routeTableId(privateRt).subnetId(privateB));
        albSg = ec2.createSecurityGroup(r -> r.vpcId(shopVpc).groupName("alb").description("the ALB")).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(albSg).ipPermissions(tcpFromAnywhere(443),
                tcpFromAnywhere(80)));
        appSg = ec2.createSecurityGroup(r -> r.vpcId(shopVpc).groupName("app").description("the app")).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(appSg).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                .fromPort(8080).toPort(8080).userIdGroupPairs(p -> p.groupId(albSg)).build(),
                IpPermission.builder().ipProtocol("tcp").fromPort(7000).toPort(7000)
                        .ipRanges(x -> x.cidrIp("10.0.0.0/16")).build()));
    }

    private String subnet(Ec2Client ec2, String cidr, String zone, String name) {
        return subnet(ec2, shopVpc, cidr, zone, name);
    }

    private static String subnet(Ec2Client ec2, String vpc, String cidr, String zone, String name) {
        return ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock(cidr).availabilityZone(MotoServer.REGION + zone)
                .tagSpecifications(named("subnet", name))).subnet().subnetId();
    }

    private void instances(Ec2Client ec2) {
        String ami = ec2.describeImages(r -> r.owners("amazon")).images().get(0).imageId();
        webInstance = instance(ec2, ami, privateA, "web-1");
        apiInstance = instance(ec2, ami, privateB, "api-1");
        stoppedInstance = instance(ec2, ami, privateB, "web-2");
    }

    private String instance(Ec2Client ec2, String ami, String subnet, String name) {
        return ec2.runInstances(r -> r.imageId(ami).instanceType("t3.micro").minCount(1).maxCount(1).subnetId(subnet)
                .securityGroupIds(appSg).tagSpecifications(named("instance", name))).instances().get(0).instanceId();
    }

    private void loadBalancers(AwsClients aws) {
        ElasticLoadBalancingV2Client elb = aws.elb();
        var lb = elb.createLoadBalancer(r -> r.name("shop-alb").type("application").scheme("internet-facing")
                .subnets(publicA, publicB).securityGroups(albSg)).loadBalancers().get(0);
        alb = lb.loadBalancerArn();
        albDns = lb.dnsName();
        webGroup = group(elb, "web", "HTTP", 8080, "instance");
        apiGroup = group(elb, "api", "HTTP", 8080, "instance");
        elb.registerTargets(r -> r.targetGroupArn(webGroup).targets(t -> t.id(webInstance),
                t -> t.id(stoppedInstance)));
        aws.ec2().stopInstances(r -> r.instanceIds(stoppedInstance)); // its health: unused
        elb.registerTargets(r -> r.targetGroupArn(apiGroup).targets(t -> t.id(apiInstance)));
        https = elb.createListener(r -> r.loadBalancerArn(alb).protocol("HTTPS").port(443)
                .sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06").certificates(c -> c.certificateArn(certificate))
                .defaultActions(forward(webGroup))).listeners().get(0).listenerArn();
        hostRule = elb.createRule(r -> r.listenerArn(https).priority(10)
                .conditions(RuleCondition.builder().field("host-header").hostHeaderConfig(h -> h.values(
                        "api.shop.example")).build())
                .actions(forward(apiGroup))).rules().get(0).ruleArn();
        pathRule = elb.createRule(r -> r.listenerArn(https).priority(20)
                .conditions(RuleCondition.builder().field("path-pattern").pathPatternConfig(p -> p.values("/old/*"))
                        .build())
                .actions(Action.builder().type("redirect").redirectConfig(c -> c.path("/new/#{path}")
                        .statusCode("HTTP_301")).build())).rules().get(0).ruleArn();
        elb.createListener(r -> r.loadBalancerArn(alb).protocol("HTTP").port(80).defaultActions(Action.builder()
                .type("redirect").redirectConfig(c -> c.protocol("HTTPS").port("443").statusCode("HTTP_301"))
                .build()));
        nlb = elb.createLoadBalancer(r -> r.name("shop-nlb").type("network").scheme("internal")
                .subnets(privateA, privateB)).loadBalancers().get(0).loadBalancerArn();
        tcpGroup = group(elb, "tcp", "TCP", 7000, "ip");
        elb.registerTargets(r -> r.targetGroupArn(tcpGroup).targets(t -> t.id("10.0.10.50").port(7000)));
        elb.modifyLoadBalancerAttributes(r -> r.loadBalancerArn(nlb).attributes(
                x -> x.key("load_balancing.cross_zone.enabled").value("true")));
        elb.createListener(r -> r.loadBalancerArn(nlb).protocol("TCP").port(7000).defaultActions(forward(tcpGroup)));
    }

    private String group(ElasticLoadBalancingV2Client elb, String name, String protocol, int port, String type) {
        return elb.createTargetGroup(r -> r.name(name).protocol(protocol).port(port).vpcId(shopVpc).targetType(type)
                .healthCheckPath("HTTP".equals(protocol) ? "/health" : null)).targetGroups().get(0).targetGroupArn();
    }

    private static Action forward(String group) {
        return Action.builder().type("forward").targetGroupArn(group).build();
    }

    private void autoScaling(AutoScalingClient autoScaling) {
        autoScaling.createLaunchConfiguration(r -> r.launchConfigurationName("web").imageId("ami-12c6146b")
                .instanceType("t3.micro"));
        autoScaling.createAutoScalingGroup(r -> r.autoScalingGroupName("web-asg").launchConfigurationName("web")
                .minSize(2).maxSize(4).desiredCapacity(2).vpcZoneIdentifier(privateA + "," + privateB)
                .targetGroupARNs(webGroup));
        var group = autoScaling.describeAutoScalingGroups(r -> r.autoScalingGroupNames("web-asg"))
                .autoScalingGroups().get(0);
        asg = group.autoScalingGroupARN();
        // moto launches all of a group's instances in its first subnet (zone a), where AWS balances them
        unhealthyAsgInstance = group.instances().get(1).instanceId();
        autoScaling.setInstanceHealth(r -> r.instanceId(unhealthyAsgInstance).healthStatus("Unhealthy"));
    }

    private void aurora(AwsClients aws) {
        var rds = aws.rds();
        rds.createDBSubnetGroup(r -> r.dbSubnetGroupName("shop-db").dbSubnetGroupDescription("the database subnets")
                .subnetIds(privateA, privateB));
        cluster = rds.createDBCluster(r -> r.dbClusterIdentifier("shop-db").engine("aurora-postgresql")
                .engineVersion("15.4").masterUsername("shop").masterUserPassword("not-a-secret-123")
                .dbSubnetGroupName("shop-db").vpcSecurityGroupIds(appSg).databaseName("shop").port(5432))
                .dbCluster().dbClusterArn();
        int[] tiers = {0, 1, 2};
        String[] zones = {"a", "b", "a"};
        for (int i = 0; i < 3; i++) {
            int n = i;
            rds.createDBInstance(r -> r.dbInstanceIdentifier("shop-db-" + (n + 1)).dbClusterIdentifier("shop-db")
                    .engine("aurora-postgresql").dbInstanceClass("db.r6g.large").promotionTier(tiers[n])
                    .availabilityZone(MotoServer.REGION + zones[n]));
        }
    }

    private void dns(AwsClients aws) {
        var r53 = aws.route53();
        String zone = r53.createHostedZone(r -> r.name("shop.example").callerReference("archway-test")).hostedZone()
                .id();
        var lb = aws.elb().describeLoadBalancers(r -> r.loadBalancerArns(alb)).loadBalancers().get(0);
        r53.changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(c -> c.action("CREATE")
                .resourceRecordSet(s -> s.name("api.shop.example.").type("A").aliasTarget(t -> t
                        .dnsName("dualstack." + lb.dnsName() + ".").hostedZoneId(lb.canonicalHostedZoneId())
                        .evaluateTargetHealth(true))))));
    }

    private static IpPermission tcpFromAnywhere(int port) {
        return IpPermission.builder().ipProtocol("tcp").fromPort(port).toPort(port)
                .ipRanges(r -> r.cidrIp("0.0.0.0/0")).build();
    }

    private static TagSpecification named(String resourceType, String name) {
        return TagSpecification.builder().resourceType(resourceType).tags(Tag.builder().key("Name").value(name).build())
                .build();
    }
}
