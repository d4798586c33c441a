package dev.archway.exporters.config;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.util.List;

/** SSL termination at an ALB with web servers behind it, and a Django app on an Aurora cluster. */
final class ConfigFixtures {
    private ConfigFixtures() {
    }

    static Design sslTermination() {
        DesignBuilder b = new DesignBuilder("Shop");
        String vpc = b.vpc("Vpc", null, "10.0.0.0/16");
        String a = b.az("AzA", vpc, "eu-west-1a");
        String c = b.az("AzB", vpc, "eu-west-1b");
        String igw = b.internetGateway("Igw", vpc);
        String rt = b.publicRouteTable("PublicRt", vpc, igw);
        String pubA = b.subnet("PublicA", vpc, a, "10.0.0.0/24", rt);
        String pubB = b.subnet("PublicB", vpc, c, "10.0.1.0/24", rt);
        String priv = b.subnet("PrivateA", vpc, a, "10.0.10.0/24", null);
        String albSg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(443, "0.0.0.0/0")));
        String webSg = b.securityGroup("WebSg", vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String web = b.instance("Web1", priv, List.of(webSg));
        String zone = b.hostedZone("Zone", "example.com");
        String cert = b.certificate("Cert", "example.com", List.of("*.example.com"), zone);
        String alb = b.alb("Web ALB", vpc, List.of(pubA, pubB), List.of(albSg));
        String tg = b.targetGroup("WebTg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web));
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        String https = b.listener("Https", alb, Protocol.HTTPS, 443, List.of(cert), Action.forward(tg));
        b.rule("Shop", https, 10, List.of(RuleCondition.host("shop.example.org")), Action.forward(tg));
        String group = b.dbSubnetGroup("DbSubnets", List.of(pubA, pubB));
        String cluster = b.auroraCluster("Aurora", vpc, group, List.of(webSg), null);
        b.dbInstance("Db1", cluster, a, 0);
        b.dbInstance("Db2", cluster, c, 1);
        b.djangoApp("Shop App", List.of(web), List.of(webSg), cluster);
        return b.build();
    }
}
