package dev.archway.exporters.cdk;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.util.List;
import java.util.Map;

/** Designs built in code that exercise every construct the CDK export writes. */
final class CdkFixtures {
    private CdkFixtures() {
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
}
