package dev.archway.exporters.cdk;

import dev.archway.exporters.InputException;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.OpaqueResource;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.WeightedTargetGroup;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.NaclEntry;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Designs built in code that exercise every construct the CDK export writes. */
final class CdkFixtures {
    private CdkFixtures() {
    }

    /**
     * The four bundled example designs, the fixtures below and a generated design big enough that its Java stack is
     * split into methods (yet under CloudFormation's 500 resources): every design the CDK tests synthesize.
     */
    static List<Design> all() {
        List<Design> designs = new ArrayList<>();
        for (Examples.Example example : Examples.ALL) {
            try {
                designs.add(Examples.load(example.fileName()));
            } catch (InputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        designs.addAll(List.of(shop(), tiny(), edges(), SyntheticDesigns.generate(250)));
        return designs;
    }

    /** Two domains by host and path on an HTTPS ALB (HTTP redirects), an NLB with static addresses, Aurora. */
    static Design shop() {
        DesignBuilder b = new DesignBuilder("Shop");
        String region = b.region("Ireland", "eu-west-1");
        String vpc = b.vpc("MainVpc", region, "10.0.0.0/16");
        String azA = b.az("AzA", vpc, "eu-west-1a");
        String azB = b.az("AzB", vpc, "eu-west-1b");
        String igw = b.internetGateway("Igw", vpc);
        String publicRt = b.publicRouteTable("PublicRoutes", vpc, igw);
        String publicA = b.subnet("PublicA", vpc, azA, "10.0.0.0/24", publicRt);
        String publicB = b.subnet("PublicB", vpc, azB, "10.0.1.0/24", publicRt);
        String nat = b.natGateway("Nat", publicA);
        String privateRt = b.privateRouteTable("PrivateRoutes", vpc, nat);
        String appA = b.subnet("AppA", vpc, azA, "10.0.10.0/24", privateRt);
        String appB = b.subnet("AppB", vpc, azB, "10.0.11.0/24", privateRt);
        String dataRt = b.privateRouteTable("DataRoutes", vpc, null);
        String dataA = b.subnet("DataA", vpc, azA, "10.0.20.0/24", dataRt);
        String dataB = b.subnet("DataB", vpc, azB, "10.0.21.0/24", dataRt);

        String albSg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0"), SgRule.tcp(443, "0.0.0.0/0")));
        String webSg = b.securityGroup("WebSg", vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String dbSg = b.securityGroup("DbSg", vpc, List.of(SgRule.tcpFrom(5432, webSg)));

        String web1 = b.instance("Web1", appA, List.of(webSg));
        String web2 = b.instance("Web2", appB, List.of(webSg));
        String api1 = b.instance("Api1", appA, List.of(webSg));
        String shopTg = b.targetGroup("ShopTg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web1, web2));
        String apiTg = b.targetGroup("ApiTg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(api1));

        String zone = b.hostedZone("ShopZone", "shop.example.com");
        String cert = b.certificate("ShopCert", "shop.example.com", List.of("*.shop.example.com"), zone);
        String alb = b.alb("WebAlb", vpc, List.of(publicA, publicB), List.of(albSg));
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        String https = b.listener("Https", alb, Protocol.HTTPS, 443, List.of(cert),
                Action.fixedResponse("404", "text/plain", "no such site"));
        b.rule("ApiHost", https, 10, List.of(RuleCondition.host("api.shop.example.com")), Action.forward(apiTg));
        b.rule("ShopHost", https, 20, List.of(RuleCondition.host("shop.example.com"), RuleCondition.path("/cart/*")),
                Action.forward(shopTg));
        b.rule("ShopAny", https, 30, List.of(RuleCondition.host("shop.example.com")), Action.forward(shopTg));
        b.aliasRecord("ShopAlias", zone, "shop.example.com", alb);

        String gatewayTg = b.targetGroup("GatewayTg", vpc, Protocol.TCP, 9000, TargetType.INSTANCE, List.of(api1));
        String nlb = b.nlb("GatewayNlb", vpc, List.of(publicA, publicB), Map.of(LoadBalancer.CROSS_ZONE, "true"));
        b.listener("Tcp9000", nlb, Protocol.TCP, 9000, List.of(), Action.forward(gatewayTg));

        String subnets = b.dbSubnetGroup("DataSubnets", List.of(dataA, dataB));
        String cluster = b.auroraCluster("Orders", vpc, subnets, List.of(dbSg), "OrdersWriter");
        b.dbInstance("OrdersWriter", cluster, azA, 0);
        b.dbInstance("OrdersReaderB", cluster, azB, 1);
        b.dbInstance("OrdersReaderA", cluster, azA, 2);
        b.djangoApp("Storefront", List.of(web1, web2), List.of(webSg), cluster);
        return b.build();
    }

    /** The smallest useful design: one VPC, one public subnet, one instance. */
    static Design tiny() {
        DesignBuilder b = new DesignBuilder("Tiny");
        String vpc = b.vpc("Vpc", null, "10.1.0.0/16");
        String az = b.az("Zone", vpc, "us-east-1a");
        String igw = b.internetGateway("Gateway", vpc);
        String rt = b.publicRouteTable("Routes", vpc, igw);
        String subnet = b.subnet("Public", vpc, az, "10.1.0.0/24", rt);
        String sg = b.securityGroup("Ssh", vpc, List.of(SgRule.tcp(22, "203.0.113.0/24")));
        b.instance("Bastion", subnet, List.of(sg));
        return b.build();
    }

    /**
     * The less common shapes: Fargate behind an ALB, groups naming each other, a network ACL, weighted forwarding,
     * header and query conditions, an SSL policy CDK has no name for, an NLB with Elastic IPs, an IP target, a
     * resource the model keeps opaque.
     */
    static Design edges() {
        DesignBuilder b = new DesignBuilder("Edge cases");
        String region = b.region("Virginia", "us-east-1");
        String vpc = b.vpc("EdgeVpc", region, "10.2.0.0/16");
        String azA = b.az("EdgeAzA", vpc, "us-east-1a");
        String azB = b.az("EdgeAzB", vpc, "us-east-1b");
        String igw = b.internetGateway("EdgeIgw", vpc);
        String rt = b.publicRouteTable("EdgePublic", vpc, igw);
        String a = b.subnet("EdgeSubnetA", vpc, azA, "10.2.0.0/24", rt);
        String c = b.subnet("EdgeSubnetB", vpc, azB, "10.2.1.0/24", rt);
        b.add(new NetworkAcl("EdgeAcl", "EdgeAcl", vpc, List.of(
                new NaclEntry(100, false, "6", 80, 80, "0.0.0.0/0", true),
                new NaclEntry(110, false, "6", 1024, 65535, "0.0.0.0/0", true),
                new NaclEntry(100, true, "-1", -1, -1, "0.0.0.0/0", true))));
        b.add(b.build().get(a, Subnet.class).withNetworkAcl("EdgeAcl"));
        String lbSg = b.securityGroup("LbSg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0")));
        String appSg = b.securityGroup("AppSg", vpc, List.of(SgRule.tcpFrom(8080, lbSg), SgRule.tcpFrom(9090, "PeerSg")));
        b.add(SecurityGroup.create("PeerSg", "PeerSg", vpc, "talks to AppSg")
                .withIngress(List.of(SgRule.tcpFrom(9090, appSg), SgRule.tcpFrom(9091, "PeerSg"))));
        String service = b.fargateService("Api", List.of(a, c), List.of(appSg), 2, 8080);
        String blue = b.targetGroup("Blue", vpc, Protocol.HTTP, 8080, TargetType.IP, List.of(service));
        b.add(new IpTarget("Legacy", "Legacy", "10.2.1.50", c, List.of(appSg)));
        String green = b.targetGroup("Green", vpc, Protocol.HTTP, 8080, TargetType.IP, List.of("Legacy"));
        String alb = b.alb("EdgeAlb", vpc, List.of(a, c), List.of(lbSg));
        String http = b.listener("EdgeHttp", alb, Protocol.HTTP, 80, List.of(),
                Action.forwardWeighted(List.of(new WeightedTargetGroup(blue, 90), new WeightedTargetGroup(green, 10))));
        b.rule("Beta", http, 5, List.of(RuleCondition.header("X-Beta", "yes"),
                RuleCondition.query(new QueryPair("v", "2"))), Action.forward(green));
        b.rule("Admin", http, 6, List.of(RuleCondition.of(ConditionField.SOURCE_IP, "198.51.100.0/24"),
                RuleCondition.of(ConditionField.HTTP_REQUEST_METHOD, "POST")), Action.forward(blue));
        String cert = b.certificate("EdgeCert", "edge.example.com", List.of(), null);
        b.add(new Listener("EdgeHttps", "EdgeHttps", alb, Protocol.HTTPS, 443, List.of(cert),
                "ELBSecurityPolicy-FS-1-2-Res-2020-10", List.of(Action.fixedResponse("503", "text/plain", "later"))));
        String udp = b.targetGroup("Syslog", vpc, Protocol.UDP, 514, TargetType.IP, List.of("Legacy"));
        b.add(new LoadBalancer("StaticNlb", "StaticNlb", vpc, LbType.NETWORK, Scheme.INTERNET_FACING, List.of(a, c),
                List.of(), Map.of(), List.of("eip-a", "eip-b")));
        b.listener("SyslogUdp", "StaticNlb", Protocol.UDP, 514, List.of(), Action.forward(udp));
        b.add(new OpaqueResource("Logs", "Logs", "AWS::Logs::LogGroup",
                Map.of("RetentionInDays", 7, "LogGroupName", "edge-logs"), Map.of(), List.of()));
        return b.build();
    }

    /**
     * Fargate services behind one ALB, each in its own IP target group with a host rule: past 500 CDK resources
     * (a service, its task definition and task role each), so the app is split, and the load balancer's stack takes
     * the services from a stack built before it while CloudFormation deploys it first.
     */
    static Design fargateFleet(int services) {
        DesignBuilder b = new DesignBuilder("Fargate fleet");
        String region = b.region("Ireland", "eu-west-1");
        String vpc = b.vpc("FleetVpc", region, "10.0.0.0/16");
        String publicRt = b.publicRouteTable("PublicRt", vpc, b.internetGateway("Igw", vpc));
        List<String> publicSubnets = new ArrayList<>();
        List<String> appSubnets = new ArrayList<>();
        for (String zone : List.of("a", "b")) {
            String az = b.az("Az" + zone, vpc, "eu-west-1" + zone);
            int n = publicSubnets.size();
            String pub = b.subnet("Public" + zone, vpc, az, "10.0." + n + ".0/24", publicRt);
            publicSubnets.add(pub);
            String privateRt = b.privateRouteTable("PrivateRt" + zone, vpc, b.natGateway("Nat" + zone, pub));
            appSubnets.add(b.subnet("App" + zone, vpc, az, "10.0." + (10 + n) + ".0/24", privateRt));
        }
        String albSg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0")));
        String appSg = b.securityGroup("AppSg", vpc, List.of(SgRule.tcpFrom(8080, albSg)));
        String alb = b.alb("FleetAlb", vpc, publicSubnets, List.of(albSg));
        List<String> groups = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            String service = b.fargateService("Svc" + s, appSubnets, List.of(appSg), 1, 8080);
            groups.add(b.targetGroup("Tg" + s, vpc, Protocol.HTTP, 8080, TargetType.IP, List.of(service)));
        }
        String http = b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.forward(groups.get(0)));
        for (int s = 0; s < services; s++) {
            b.rule("Rule" + s, http, s + 1, List.of(RuleCondition.host("s" + s + ".fleet.example.com")),
                    Action.forward(groups.get(s)));
        }
        return b.build();
    }
}
