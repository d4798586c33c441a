package dev.archway.model;

import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated designs of about N elements for benchmarks and scale tests: valid and following AWS practice, the same
 * for the same N, laid out. Each VPC ("unit", about 100 elements) holds two AZs with public, app and data subnets,
 * a NAT gateway per AZ, an internet-facing ALB (HTTP redirecting to HTTPS, one host rule per service), one target
 * group of two instances per service, an Aurora cluster with a writer and a reader in the other AZ, and a Django app;
 * its hosted zone carries one alias record per service. Ten VPCs share a Region.
 */
public final class SyntheticDesigns {
    static final int UNIT_FIXED = 28;
    static final int PER_SERVICE = 5;
    private static final int UNITS_PER_REGION = 10;
    private static final String[] REGIONS = {"eu-west-1", "us-east-1", "us-west-2", "eu-central-1", "ap-southeast-2",
        "ap-northeast-1", "ca-central-1", "sa-east-1", "eu-north-1", "ap-south-1"};

    private SyntheticDesigns() {
    }

    /** A design of {@code elements} elements, give or take {@value #PER_SERVICE}; at least one full VPC. */
    public static Design generate(int elements) {
        int units = Math.max(1, Math.round(elements / 100f));
        int regions = (units + UNITS_PER_REGION - 1) / UNITS_PER_REGION;
        int services = Math.max(units, (elements - regions - units * UNIT_FIXED) / PER_SERVICE);
        DesignBuilder b = new DesignBuilder("synthetic-" + elements);
        String region = null;
        for (int u = 0; u < units; u++) {
            if (u % UNITS_PER_REGION == 0) {
                int r = u / UNITS_PER_REGION;
                String code = REGIONS[r % REGIONS.length];
                region = b.region("r" + r + "-" + code, code);
            }
            int share = services / units + (u < services % units ? 1 : 0);
            addUnit(b, region, REGIONS[(u / UNITS_PER_REGION) % REGIONS.length], u, share);
        }
        Design design = b.build();
        AwsDiagramLayout.apply(design);
        return design;
    }

    /** One VPC with {@code services} services behind its ALB: the shape of a big monolith's import. */
    public static Design oneVpc(int services) {
        DesignBuilder b = new DesignBuilder("one-vpc-" + services);
        addUnit(b, b.region("r0-" + REGIONS[0], REGIONS[0]), REGIONS[0], 0, services);
        Design design = b.build();
        AwsDiagramLayout.apply(design);
        return design;
    }

    private static void addUnit(DesignBuilder b, String regionId, String regionCode, int u, int services) {
        String p = "v" + u + "-";
        String net = "10." + (u % 256) + ".";
        String vpc = b.vpc(p + "vpc", regionId, net + "0.0/16");
        String igw = b.internetGateway(p + "igw", vpc);
        String publicRt = b.publicRouteTable(p + "rt-public", vpc, igw);
        List<String> publicSubnets = new ArrayList<>();
        List<String> appSubnets = new ArrayList<>();
        List<String> dataSubnets = new ArrayList<>();
        List<String> azs = new ArrayList<>();
        for (int z = 0; z < 2; z++) {
            String letter = z == 0 ? "a" : "b";
            String az = b.az(p + "az-" + letter, vpc, regionCode + letter);
            azs.add(az);
            String pub = b.subnet(p + "public-" + letter, vpc, az, net + z + ".0/24", publicRt);
            publicSubnets.add(pub);
            String nat = b.natGateway(p + "nat-" + letter, pub);
            String privateRt = b.privateRouteTable(p + "rt-private-" + letter, vpc, nat);
            appSubnets.add(b.subnet(p + "app-" + letter, vpc, az, net + (10 + z) + ".0/24", privateRt));
            dataSubnets.add(b.subnet(p + "data-" + letter, vpc, az, net + (20 + z) + ".0/24", privateRt));
        }
        String albSg = b.securityGroup(p + "alb-sg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0"),
                SgRule.tcp(443, "0.0.0.0/0")));
        String appSg = b.securityGroup(p + "app-sg", vpc, List.of(SgRule.tcpFrom(8080, albSg)));
        String dbSg = b.securityGroup(p + "db-sg", vpc, List.of(SgRule.tcpFrom(5432, appSg)));
        String domain = "svc" + u + ".example.com";
        String zone = b.hostedZone(p + "zone", domain);
        String cert = b.certificate(p + "cert", domain, List.of("*." + domain), zone);
        String alb = b.alb(p + "alb", vpc, publicSubnets, List.of(albSg));
        b.listener(p + "http", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        List<String> instances = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            String a = b.instance(p + "svc" + s + "-a", appSubnets.get(0), List.of(appSg));
            String c = b.instance(p + "svc" + s + "-b", appSubnets.get(1), List.of(appSg));
            instances.add(a);
            instances.add(c);
            groups.add(b.targetGroup(p + "tg" + s, vpc, Protocol.HTTP, 8080, TargetType.INSTANCE, List.of(a, c)));
        }
        String https = b.listener(p + "https", alb, Protocol.HTTPS, 443, List.of(cert), Action.forward(groups.get(0)));
        for (int s = 0; s < services; s++) {
            String host = "s" + s + "." + domain;
            b.rule(p + "rule" + s, https, 10 * (s + 1), List.of(RuleCondition.host(host)), Action.forward(groups.get(s)));
            b.aliasRecord(p + "rec" + s, zone, host, alb);
        }
        String subnetGroup = b.dbSubnetGroup(p + "db-subnets", dataSubnets);
        String cluster = b.auroraCluster(p + "aurora", vpc, subnetGroup, List.of(dbSg), p + "db-1");
        b.dbInstance(p + "db-1", cluster, azs.get(0), 0);
        b.dbInstance(p + "db-2", cluster, azs.get(1), 1);
        b.djangoApp(p + "app", instances, List.of(appSg), cluster);
    }
}
