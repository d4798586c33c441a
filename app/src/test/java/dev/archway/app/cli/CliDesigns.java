package dev.archway.app.cli;

import dev.archway.exporters.cfn.CfnYamlExporter;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small web design with an Aurora cluster and a Django app, and the template of it. */
final class CliDesigns {
    private CliDesigns() {
    }

    static Design web() {
        DesignBuilder b = new DesignBuilder("Web");
        String region = b.region("Region", "eu-west-1");
        String vpc = b.vpc("Vpc", region, "10.0.0.0/16");
        String a = b.az("AzA", vpc, "eu-west-1a");
        String bz = b.az("AzB", vpc, "eu-west-1b");
        String igw = b.internetGateway("Igw", vpc);
        String rt = b.publicRouteTable("PublicRt", vpc, igw);
        String s1 = b.subnet("PublicA", vpc, a, "10.0.0.0/24", rt);
        String s2 = b.subnet("PublicB", vpc, bz, "10.0.1.0/24", rt);
        String albSg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0")));
        String webSg = b.securityGroup("WebSg", vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String web = b.instance("Web", s1, List.of(webSg));
        String alb = b.alb("Alb", vpc, List.of(s1, s2), List.of(albSg));
        String tg = b.targetGroup("Tg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web));
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.forward(tg));
        String group = b.dbSubnetGroup("DbSubnets", List.of(s1, s2));
        String cluster = b.auroraCluster("Aurora", vpc, group, List.of(webSg), null);
        b.dbInstance("Db1", cluster, a, 0);
        b.djangoApp("Shop", List.of(web), List.of(webSg), cluster);
        return b.build();
    }

    static Path template(Path dir) throws IOException {
        Path file = dir.resolve("web.yaml");
        Files.writeString(file, new CfnYamlExporter().render(web()).content());
        return file;
    }
}
