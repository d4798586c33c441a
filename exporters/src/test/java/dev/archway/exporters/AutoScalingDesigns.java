package dev.archway.exporters;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.util.List;

/** A design drawn in Archway around an Auto Scaling group: what its exports are checked on. */
public final class AutoScalingDesigns {
    private AutoScalingDesigns() {
    }

    /** Group Web (2 to 4 instances, 2 desired, in WebSg) in two public subnets, the target of an ALB's group. */
    public static Design web() {
        DesignBuilder b = new DesignBuilder("Asg");
        String vpc = b.vpc("Vpc", b.region("Ireland", "eu-west-1"), "10.0.0.0/16");
        String azA = b.az("eu-west-1a", vpc, "eu-west-1a");
        String azB = b.az("eu-west-1b", vpc, "eu-west-1b");
        String rt = b.publicRouteTable("Public", vpc, b.internetGateway("Igw", vpc));
        String pubA = b.subnet("PublicA", vpc, azA, "10.0.0.0/24", rt);
        String pubB = b.subnet("PublicB", vpc, azB, "10.0.1.0/24", rt);
        String albSg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0")));
        String webSg = b.securityGroup("WebSg", vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String alb = b.alb("Alb", vpc, List.of(pubA, pubB), List.of(albSg));
        String web = b.add(new AutoScalingGroup("web", "Web", vpc, List.of(pubA, pubB), List.of(webSg), 2, 2, 4,
                "t3.micro", "ami-0abcdef1234567890", null)).id();
        String tg = b.targetGroup("Tg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web));
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.forward(tg));
        return b.build();
    }
}
