package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.db.AppNode;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.NaclEntry;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.SgRule;
import java.util.List;
import java.util.Map;

/** Designs that use every element kind, built in code. */
final class CfnFixtures {
    private CfnFixtures() {
    }

    /** Two AZs, public and private subnets, an HTTPS ALB with rules, an NLB, ECS, Aurora and a Django app. */
    static Design everything() {
        DesignBuilder b = new DesignBuilder("Shop");
        String region = b.region("Ireland", "eu-west-1");
        String vpc = b.vpc("Main VPC", region, "10.0.0.0/16");
        String azA = b.az("eu-west-1a", vpc, "eu-west-1a");
        String azB = b.az("eu-west-1b", vpc, "eu-west-1b");
        String igw = b.internetGateway("Igw", vpc);
        String publicRt = b.publicRouteTable("Public routes", vpc, igw);
        String pubA = b.subnet("public-a", vpc, azA, "10.0.0.0/24", publicRt);
        String pubB = b.subnet("public-b", vpc, azB, "10.0.1.0/24", publicRt);
        String nat = b.natGateway("Nat", pubA);
        String privateRt = b.privateRouteTable("Private routes", vpc, nat);
        String privA = b.subnet("private-a", vpc, azA, "10.0.10.0/24", privateRt);
        String privB = b.subnet("private-b", vpc, azB, "10.0.11.0/24", privateRt);
        b.add(new NetworkAcl("acl", "Private ACL", vpc, List.of(new NaclEntry(100, false, "6", 80, 80, "10.0.0.0/16",
                true), new NaclEntry(100, true, "-1", -1, -1, "0.0.0.0/0", true))));
        String albSg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(443, "0.0.0.0/0"), SgRule.tcp(80, "0.0.0.0/0")));
        String webSg = b.securityGroup("WebSg", vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String dbSg = b.securityGroup("DbSg", vpc, List.of(SgRule.tcpFrom(5432, webSg)));
        String peerA = b.securityGroup("PeerA", vpc, List.of());
        String peerB = b.securityGroup("PeerB", vpc, List.of(SgRule.tcpFrom(22, peerA)));
        b.add(b.build().get(peerA, dev.archway.model.network.SecurityGroup.class)
                .withIngress(List.of(SgRule.tcpFrom(22, peerB), SgRule.tcpFrom(22, peerA))));
        String zone = b.hostedZone("Zone", "example.com");
        String cert = b.certificate("Cert", "example.com", List.of("*.example.com"), zone);
        String alb = b.alb("Web ALB", vpc, List.of(pubA, pubB), List.of(albSg));
        String web1 = b.instance("web-1", privA, List.of(webSg));
        String web2 = b.instance("web-2", privB, List.of(webSg));
        String svc = b.fargateService("Api", List.of(privA, privB), List.of(webSg), 2, 8080);
        String webTg = b.targetGroup("WebTg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web1, web2));
        String apiTg = b.targetGroup("ApiTg", vpc, Protocol.HTTP, 8080, TargetType.IP, List.of(svc));
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        String https = b.listener("Https", alb, Protocol.HTTPS, 443, List.of(cert), Action.forward(webTg));
        b.rule("ApiRule", https, 10, List.of(RuleCondition.host("api.example.com"), RuleCondition.path("/v1/*")),
                Action.forward(apiTg));
        b.rule("Maintenance", https, 20, List.of(RuleCondition.header("X-Maintenance", "on")),
                Action.fixedResponse("503", "text/plain", "down"));
        b.aliasRecord("WwwRecord", zone, "www.example.com", alb);
        String nlb = b.nlb("Gateway NLB", vpc, List.of(pubA, pubB), Map.of("load_balancing.cross_zone.enabled", "true"));
        b.add(new IpTarget("ip-1", "Broker", "10.0.10.25", privA, List.of()));
        String brokerTg = b.targetGroup("BrokerTg", vpc, Protocol.TCP, 9000, TargetType.IP, List.of("ip-1"));
        b.listener("Tcp", nlb, Protocol.TCP, 9000, List.of(), Action.forward(brokerTg));
        String sng = b.dbSubnetGroup("DbSubnets", List.of(privA, privB));
        String cluster = b.auroraCluster("Aurora", vpc, sng, List.of(dbSg), null);
        String writer = b.dbInstance("db-1", cluster, azA, 0);
        b.dbInstance("db-2", cluster, azB, 1);
        b.add(b.build().get(cluster, dev.archway.model.db.AuroraCluster.class).withWriter(writer));
        b.djangoApp("Django", List.of(web1, web2), List.of(webSg), cluster);
        b.place(vpc, 10, 10, 800, 600).place(alb, 40.5, 60, 300, 30);
        return b.build();
    }

    static AppNode app(Design d) {
        return d.all(AppNode.class).get(0);
    }
}
