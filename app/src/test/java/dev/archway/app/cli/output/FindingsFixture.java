package dev.archway.app.cli.output;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.network.SgRule;
import java.util.List;

/** A small design with one finding of each severity: an ALB in one AZ, SSH open, an Aurora cluster without reader. */
public final class FindingsFixture {
    private FindingsFixture() {
    }

    public static Design design() {
        DesignBuilder b = new DesignBuilder("Findings");
        b.region("Ireland", "eu-west-1");
        b.vpc("Vpc", "Ireland", "10.0.0.0/16");
        b.az("AzA", "Vpc", "eu-west-1a");
        b.az("AzB", "Vpc", "eu-west-1b");
        b.internetGateway("Igw", "Vpc");
        b.publicRouteTable("PublicRt", "Vpc", "Igw");
        b.subnet("PublicA", "Vpc", "AzA", "10.0.0.0/24", "PublicRt");
        b.subnet("PublicB", "Vpc", "AzB", "10.0.1.0/24", "PublicRt");
        b.privateRouteTable("PrivateRt", "Vpc", null);
        b.subnet("DbA", "Vpc", "AzA", "10.0.20.0/24", "PrivateRt");
        b.subnet("DbB", "Vpc", "AzB", "10.0.21.0/24", "PrivateRt");
        b.securityGroup("AlbSg", "Vpc", List.of(SgRule.tcp(80, "0.0.0.0/0"), SgRule.tcp(22, "0.0.0.0/0")));
        b.alb("Alb", "Vpc", List.of("PublicA"), List.of("AlbSg"));
        b.listener("Http", "Alb", Protocol.HTTP, 80, List.of(), Action.fixedResponse("200", "text/plain", "ok"));
        b.securityGroup("DbSg", "Vpc", List.of(SgRule.tcpFrom(5432, "AlbSg")));
        b.dbSubnetGroup("DbSubnets", List.of("DbA", "DbB"));
        b.auroraCluster("Db", "Vpc", "DbSubnets", List.of("DbSg"), "Writer");
        b.dbInstance("Writer", "Db", "AzA", 0);
        return b.build();
    }
}
