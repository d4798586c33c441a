package dev.archway.app.ui;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.util.List;

/** One ALB routing two domains by host to targets in private subnets across two AZs (used until examples land). */
public final class StarterDesign {
    private StarterDesign() {
    }

    public static Design build() {
        DesignBuilder b = new DesignBuilder("Two sites behind one ALB");
        String region = b.region("eu-west-1", "eu-west-1");
        String vpc = b.vpc("shop-vpc", region, "10.0.0.0/16");
        String igw = b.internetGateway("shop-igw", vpc);
        String az1 = b.az("az-a", vpc, "eu-west-1a");
        String az2 = b.az("az-b", vpc, "eu-west-1b");
        String pubRt = b.publicRouteTable("public-rt", vpc, igw);
        String privRt = b.privateRouteTable("private-rt", vpc, null);
        String pubA = b.subnet("public-a", vpc, az1, "10.0.0.0/24", pubRt);
        String pubB = b.subnet("public-b", vpc, az2, "10.0.1.0/24", pubRt);
        String privA = b.subnet("private-a", vpc, az1, "10.0.10.0/24", privRt);
        String privB = b.subnet("private-b", vpc, az2, "10.0.11.0/24", privRt);
        String albSg = b.securityGroup("alb-sg", vpc, List.of(SgRule.tcp(443, "0.0.0.0/0"), SgRule.tcp(80, "0.0.0.0/0")));
        String webSg = b.securityGroup("web-sg", vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String alb = b.alb("shop-alb", vpc, List.of(pubA, pubB), List.of(albSg));
        String web1 = b.instance("shop-web-1", privA, List.of(webSg));
        String web2 = b.instance("shop-web-2", privB, List.of(webSg));
        String blog1 = b.instance("blog-web-1", privA, List.of(webSg));
        String blog2 = b.instance("blog-web-2", privB, List.of(webSg));
        String shopTg = b.targetGroup("shop-tg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web1, web2));
        String blogTg = b.targetGroup("blog-tg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(blog1, blog2));
        String http = b.listener("http-80", alb, Protocol.HTTP, 80, List.of(), Action.forward(shopTg));
        b.rule("blog-host", http, 10, List.of(RuleCondition.host("blog.example.com")), Action.forward(blogTg));
        b.rule("shop-api", http, 20, List.of(RuleCondition.host("shop.example.com"), RuleCondition.path("/api/*")),
                Action.forward(shopTg));
        String zone = b.hostedZone("example.com", "example.com");
        b.aliasRecord("shop-record", zone, "shop.example.com", alb);
        b.aliasRecord("blog-record", zone, "blog.example.com", alb);
        return b.build();
    }
}
