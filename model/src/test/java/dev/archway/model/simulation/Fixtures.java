package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small designs the simulator tests share, built with {@link DesignBuilder}. */
final class Fixtures {
    final DesignBuilder b = new DesignBuilder("sim");
    final String vpc = b.vpc("Vpc", b.region("Region", "eu-west-1"), "10.0.0.0/16");
    final String azA = b.az("AzA", vpc, "eu-west-1a");
    final String azB = b.az("AzB", vpc, "eu-west-1b");
    final String igw = b.internetGateway("Igw", vpc);
    final String publicRt = b.publicRouteTable("PublicRt", vpc, igw);
    final String privateRt = b.privateRouteTable("PrivateRt", vpc, null);
    final String publicA = b.subnet("PublicA", vpc, azA, "10.0.0.0/24", publicRt);
    final String publicB = b.subnet("PublicB", vpc, azB, "10.0.1.0/24", publicRt);
    final String privateA = b.subnet("PrivateA", vpc, azA, "10.0.10.0/24", privateRt);
    final String privateB = b.subnet("PrivateB", vpc, azB, "10.0.11.0/24", privateRt);

    Design design() {
        return b.build();
    }

    /**
     * The two-domain ALB: HTTP:80 redirects to HTTPS; HTTPS:443 sends api.example.com to Api, www.example.com/img/*
     * to Images, everything else to Web. Targets admit only the ALB's group on port 80.
     */
    Fixtures twoDomainAlb() {
        String albSg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0"), SgRule.tcp(443, "0.0.0.0/0")));
        String webSg = b.securityGroup("WebSg", vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String alb = b.alb("Alb", vpc, List.of(publicA, publicB), List.of(albSg));
        String zone = b.hostedZone("Zone", "example.com");
        b.aliasRecord("WwwRecord", zone, "www.example.com", alb);
        b.aliasRecord("ApiRecord", zone, "api.example.com", alb);
        String cert = b.certificate("Cert", "example.com", List.of("*.example.com"), zone);
        String api = b.targetGroup("Api", vpc, Protocol.HTTP, 80, TargetType.INSTANCE,
                List.of(b.instance("api-1", privateA, List.of(webSg)), b.instance("api-2", privateB, List.of(webSg))));
        String images = b.targetGroup("Images", vpc, Protocol.HTTP, 80, TargetType.INSTANCE,
                List.of(b.instance("img-1", privateA, List.of(webSg))));
        String web = b.targetGroup("Web", vpc, Protocol.HTTP, 80, TargetType.INSTANCE,
                List.of(b.instance("web-1", privateA, List.of(webSg)), b.instance("web-2", privateB, List.of(webSg))));
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        String https = b.listener("Https", alb, Protocol.HTTPS, 443, List.of(cert), Action.forward(web));
        b.rule("ApiRule", https, 10, List.of(RuleCondition.host("api.example.com")), Action.forward(api));
        b.rule("ImagesRule", https, 20, List.of(RuleCondition.host("www.example.com"), RuleCondition.path("/img/*")),
                Action.forward(images));
        return this;
    }

    /**
     * An NLB (TCP:7000) in both AZs with static addresses 203.0.113.10 (a) and 203.0.113.11 (b), forwarding to
     * {@code inA} targets in AZ a and {@code inB} in AZ b, named a-1.., b-1.. .
     */
    Fixtures nlb(int inA, int inB, boolean crossZone) {
        String gwSg = b.securityGroup("GwSg", vpc, List.of(SgRule.tcp(7000, "0.0.0.0/0")));
        List<String> targets = new ArrayList<>();
        for (int i = 1; i <= inA; i++) {
            targets.add(b.instance("a-" + i, privateA, List.of(gwSg)));
        }
        for (int i = 1; i <= inB; i++) {
            targets.add(b.instance("b-" + i, privateB, List.of(gwSg)));
        }
        String tg = b.targetGroup("Gateways", vpc, Protocol.TCP, 7000, TargetType.INSTANCE, targets);
        String nlb = b.add(new LoadBalancer("Nlb", "Nlb", vpc, LbType.NETWORK, Scheme.INTERNET_FACING,
                List.of(publicA, publicB), List.of(), Map.of(LoadBalancer.CROSS_ZONE, String.valueOf(crossZone)),
                List.of("203.0.113.10", "203.0.113.11"))).id();
        b.listener("Tcp7000", nlb, Protocol.TCP, 7000, List.of(), Action.forward(tg));
        return this;
    }
}
