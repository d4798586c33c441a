package dev.archway.model.validation;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.util.List;
import java.util.Map;

/**
 * A clean design that exercises every rule's subject: VPC over two AZs with public, private and DB subnets and a NAT
 * gateway per AZ; an ALB (HTTP redirect + HTTPS with host and path rules) to instances and a Fargate service; an NLB
 * to a message gateway; an Aurora cluster with a reader in the other AZ used by a Django app. No rule fires on it;
 * each bad fixture changes one thing.
 */
final class ShopDesign {
    private ShopDesign() {
    }

    static Design build() {
        DesignBuilder b = new DesignBuilder("Shop");
        b.region("Ireland", "eu-west-1");
        b.vpc("Vpc", "Ireland", "10.0.0.0/16");
        b.az("AzA", "Vpc", "eu-west-1a");
        b.az("AzB", "Vpc", "eu-west-1b");
        b.az("AzC", "Vpc", "eu-west-1c");
        b.internetGateway("Igw", "Vpc");
        b.publicRouteTable("PublicRt", "Vpc", "Igw");
        b.subnet("PublicA", "Vpc", "AzA", "10.0.0.0/24", "PublicRt");
        b.subnet("PublicB", "Vpc", "AzB", "10.0.1.0/24", "PublicRt");
        b.subnet("PublicC", "Vpc", "AzC", "10.0.2.0/24", "PublicRt");
        b.natGateway("NatA", "PublicA");
        b.natGateway("NatB", "PublicB");
        b.privateRouteTable("PrivateRtA", "Vpc", "NatA");
        b.privateRouteTable("PrivateRtB", "Vpc", "NatB");
        b.subnet("PrivateA", "Vpc", "AzA", "10.0.10.0/24", "PrivateRtA");
        b.subnet("PrivateB", "Vpc", "AzB", "10.0.11.0/24", "PrivateRtB");
        b.subnet("PrivateC", "Vpc", "AzC", "10.0.12.0/24", "PrivateRtA2");
        b.privateRouteTable("PrivateRtA2", "Vpc", null);
        b.subnet("DbA", "Vpc", "AzA", "10.0.20.0/24", "PrivateRtA");
        b.subnet("DbB", "Vpc", "AzB", "10.0.21.0/24", "PrivateRtB");

        b.securityGroup("AlbSg", "Vpc", List.of(SgRule.tcp(80, "0.0.0.0/0"), SgRule.tcp(443, "0.0.0.0/0")));
        b.securityGroup("WebSg", "Vpc", List.of(SgRule.tcpFrom(80, "AlbSg")));
        b.securityGroup("MsgSg", "Vpc", List.of(SgRule.tcp(9000, "0.0.0.0/0")));
        b.securityGroup("DbSg", "Vpc", List.of(SgRule.tcpFrom(5432, "WebSg")));

        b.instance("Web1", "PrivateA", List.of("WebSg"));
        b.instance("Web2", "PrivateB", List.of("WebSg"));
        b.fargateService("ApiService", List.of("PrivateA", "PrivateB"), List.of("WebSg"), 2, 80);
        b.targetGroup("WebTg", "Vpc", Protocol.HTTP, 80, TargetType.INSTANCE, List.of("Web1", "Web2"));
        b.targetGroup("ApiTg", "Vpc", Protocol.HTTP, 80, TargetType.IP, List.of("ApiService"));

        b.hostedZone("Zone", "example.com");
        b.certificate("Cert", "example.com", List.of("*.example.com"), "Zone");
        b.alb("Alb", "Vpc", List.of("PublicA", "PublicB"), List.of("AlbSg"));
        b.listener("HttpsListener", "Alb", Protocol.HTTPS, 443, List.of("Cert"), Action.forward("WebTg"));
        b.listener("HttpListener", "Alb", Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        b.rule("ApiRule", "HttpsListener", 10, List.of(RuleCondition.host("api.example.com")), Action.forward("ApiTg"));
        b.rule("ImgRule", "HttpsListener", 20, List.of(RuleCondition.path("/img/*")), Action.forward("WebTg"));
        b.aliasRecord("WwwRecord", "Zone", "www.example.com", "Alb");

        b.instance("Msg1", "PrivateA", List.of("MsgSg"));
        b.instance("Msg2", "PrivateB", List.of("MsgSg"));
        b.targetGroup("MsgTg", "Vpc", Protocol.TCP, 9000, TargetType.INSTANCE, List.of("Msg1", "Msg2"));
        b.nlb("Nlb", "Vpc", List.of("PublicA", "PublicB"), Map.of());
        b.listener("MsgListener", "Nlb", Protocol.TCP, 9000, List.of(), Action.forward("MsgTg"));

        b.dbSubnetGroup("DbSubnets", List.of("DbA", "DbB"));
        b.auroraCluster("Db", "Vpc", "DbSubnets", List.of("DbSg"), "Writer");
        b.dbInstance("Writer", "Db", "AzA", 0);
        b.dbInstance("Reader", "Db", "AzB", 1);
        b.djangoApp("Shop", List.of("Web1", "Web2"), List.of("WebSg"), "Db");
        return b.build();
    }
}
