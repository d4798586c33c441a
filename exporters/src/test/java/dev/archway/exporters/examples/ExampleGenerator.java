package dev.archway.exporters.examples;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the bundled examples were first produced. The committed files under src/main/resources/examples are the
 * source of truth (they may be edited by hand or in the designer); run this only to start them over:
 * {@code java ... ExampleGenerator exporters/src/main/resources/examples}.
 */
final class ExampleGenerator {
    private static final List<SgRule> WEB_FROM_ANYWHERE = List.of(SgRule.tcp(80, "0.0.0.0/0"),
            SgRule.tcp(443, "0.0.0.0/0"));

    private ExampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        write(albHostRouting(), dir.resolve(Examples.ALL.get(0).fileName()));
        write(sslTermination(), dir.resolve(Examples.ALL.get(1).fileName()));
        write(nlbTcpGateway(), dir.resolve(Examples.ALL.get(2).fileName()));
        write(auroraDjango(), dir.resolve(Examples.ALL.get(3).fileName()));
    }

    private static void write(Design design, Path file) throws IOException {
        AwsDiagramLayout.apply(design);
        DesignFile.write(design, file);
    }

    static Design albHostRouting() {
        DesignBuilder b = new DesignBuilder(Examples.ALL.get(0).title());
        ExampleNetwork net = new ExampleNetwork(b, "eu-west-1", 2, false);
        String albSg = b.securityGroup("AlbSecurityGroup", net.vpc, WEB_FROM_ANYWHERE);
        String webSg = b.securityGroup("WebSecurityGroup", net.vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String shopA = b.instance("ShopA", net.appSubnets.get(0), List.of(webSg));
        String shopB = b.instance("ShopB", net.appSubnets.get(1), List.of(webSg));
        String apiA = b.instance("ApiA", net.appSubnets.get(0), List.of(webSg));
        String apiB = b.instance("ApiB", net.appSubnets.get(1), List.of(webSg));
        String blogA = b.instance("BlogA", net.appSubnets.get(0), List.of(webSg));
        String blogB = b.instance("BlogB", net.appSubnets.get(1), List.of(webSg));
        String shop = b.targetGroup("ShopTargets", net.vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(shopA, shopB));
        String api = b.targetGroup("ApiTargets", net.vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(apiA, apiB));
        String blog = b.targetGroup("BlogTargets", net.vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(blogA, blogB));
        String comZone = b.hostedZone("ExampleComZone", "example.com");
        String netZone = b.hostedZone("ExampleNetZone", "example.net");
        String comCert = b.certificate("ExampleComCertificate", "example.com", List.of("*.example.com"), comZone);
        String netCert = b.certificate("ExampleNetCertificate", "example.net", List.of("*.example.net"), netZone);
        String alb = b.alb("LoadBalancer", net.vpc, net.publicSubnets, List.of(albSg));
        b.listener("HttpListener", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        String https = b.listener("HttpsListener", alb, Protocol.HTTPS, 443, List.of(comCert, netCert),
                Action.fixedResponse("404", "text/plain", "No such site"));
        b.rule("ShopApiRule", https, 10, List.of(RuleCondition.host("www.example.com"), RuleCondition.path("/api/*")),
                Action.forward(api));
        b.rule("ShopRule", https, 20, List.of(RuleCondition.host("www.example.com")), Action.forward(shop));
        b.rule("BlogRule", https, 30, List.of(RuleCondition.host("blog.example.net")), Action.forward(blog));
        b.aliasRecord("ShopRecord", comZone, "www.example.com", alb);
        b.aliasRecord("BlogRecord", netZone, "blog.example.net", alb);
        return b.build();
    }

    static Design sslTermination() {
        DesignBuilder b = new DesignBuilder(Examples.ALL.get(1).title());
        ExampleNetwork net = new ExampleNetwork(b, "us-east-1", 2, false);
        String albSg = b.securityGroup("AlbSecurityGroup", net.vpc, WEB_FROM_ANYWHERE);
        String webSg = b.securityGroup("WebSecurityGroup", net.vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String webA = b.instance("WebServerA", net.appSubnets.get(0), List.of(webSg));
        String webB = b.instance("WebServerB", net.appSubnets.get(1), List.of(webSg));
        String web = b.targetGroup("WebTargets", net.vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(webA, webB));
        String zone = b.hostedZone("ExampleOrgZone", "example.org");
        String cert = b.certificate("ExampleOrgCertificate", "example.org", List.of("*.example.org"), zone);
        String alb = b.alb("LoadBalancer", net.vpc, net.publicSubnets, List.of(albSg));
        b.listener("HttpListener", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        b.listener("HttpsListener", alb, Protocol.HTTPS, 443, List.of(cert), Action.forward(web));
        b.aliasRecord("ApexRecord", zone, "example.org", alb);
        b.aliasRecord("WwwRecord", zone, "www.example.org", alb);
        return b.build();
    }

    static Design nlbTcpGateway() {
        DesignBuilder b = new DesignBuilder(Examples.ALL.get(2).title());
        ExampleNetwork net = new ExampleNetwork(b, "eu-central-1", 2, false);
        String nlbSg = b.securityGroup("GatewaySecurityGroup", net.vpc, List.of(SgRule.tcp(8883, "0.0.0.0/0")));
        String brokerSg = b.securityGroup("BrokerSecurityGroup", net.vpc, List.of(SgRule.tcpFrom(8883, nlbSg)));
        String brokerA = b.instance("BrokerA", net.appSubnets.get(0), List.of(brokerSg));
        String brokerB = b.instance("BrokerB", net.appSubnets.get(1), List.of(brokerSg));
        String brokers = b.targetGroup("BrokerTargets", net.vpc, Protocol.TCP, 8883, TargetType.INSTANCE,
                List.of(brokerA, brokerB));
        String nlb = b.add(new LoadBalancer("MessageGateway", "MessageGateway", net.vpc, LbType.NETWORK,
                Scheme.INTERNET_FACING, net.publicSubnets, List.of(nlbSg),
                Map.of(LoadBalancer.CROSS_ZONE, "false"), List.of("203.0.113.10", "203.0.113.20"))).id();
        b.listener("TcpListener", nlb, Protocol.TCP, 8883, List.of(), Action.forward(brokers));
        String zone = b.hostedZone("ExampleIoZone", "example.io");
        b.aliasRecord("GatewayRecord", zone, "mq.example.io", nlb);
        return b.build();
    }

    static Design auroraDjango() {
        DesignBuilder b = new DesignBuilder(Examples.ALL.get(3).title());
        ExampleNetwork net = new ExampleNetwork(b, "eu-west-2", 3, true);
        String albSg = b.securityGroup("AlbSecurityGroup", net.vpc, WEB_FROM_ANYWHERE);
        String appSg = b.securityGroup("DjangoSecurityGroup", net.vpc, List.of(SgRule.tcpFrom(8000, albSg)));
        String dbSg = b.securityGroup("DatabaseSecurityGroup", net.vpc, List.of(SgRule.tcpFrom(5432, appSg)));
        List<String> servers = List.of(b.instance("DjangoA", net.appSubnets.get(0), List.of(appSg)),
                b.instance("DjangoB", net.appSubnets.get(1), List.of(appSg)),
                b.instance("DjangoC", net.appSubnets.get(2), List.of(appSg)));
        String targets = b.targetGroup("DjangoTargets", net.vpc, Protocol.HTTP, 8000, TargetType.INSTANCE, servers);
        String zone = b.hostedZone("ExampleComZone", "example.com");
        String cert = b.certificate("ExampleComCertificate", "example.com", List.of("*.example.com"), zone);
        String alb = b.alb("LoadBalancer", net.vpc, net.publicSubnets, List.of(albSg));
        b.listener("HttpListener", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        b.listener("HttpsListener", alb, Protocol.HTTPS, 443, List.of(cert), Action.forward(targets));
        b.aliasRecord("AppRecord", zone, "app.example.com", alb);
        String subnets = b.dbSubnetGroup("DatabaseSubnets", net.dataSubnets);
        String cluster = b.auroraCluster("AuroraCluster", net.vpc, subnets, List.of(dbSg), "Writer");
        b.dbInstance("Writer", cluster, net.azs.get(0), 0);
        b.dbInstance("ReaderB", cluster, net.azs.get(1), 1);
        b.dbInstance("ReaderC", cluster, net.azs.get(2), 1);
        b.djangoApp("DjangoApp", servers, List.of(appSg), cluster);
        return b.build();
    }
}
