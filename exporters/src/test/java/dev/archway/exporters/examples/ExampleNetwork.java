package dev.archway.exporters.examples;

import dev.archway.model.DesignBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The network every example shares, built as AWS recommends: one VPC with an internet gateway, per AZ a public
 * subnet holding a NAT gateway and private subnets (app, and optionally data) that route to the NAT of their own AZ.
 */
final class ExampleNetwork {
    final String vpc;
    final List<String> azs = new ArrayList<>();
    final List<String> publicSubnets = new ArrayList<>();
    final List<String> appSubnets = new ArrayList<>();
    final List<String> dataSubnets = new ArrayList<>();

    ExampleNetwork(DesignBuilder b, String regionCode, int azCount, boolean dataTier) {
        String region = b.region("Region", regionCode);
        vpc = b.vpc("Vpc", region, "10.0.0.0/16");
        String igw = b.internetGateway("InternetGateway", vpc);
        String publicRoutes = b.publicRouteTable("PublicRoutes", vpc, igw);
        for (int i = 0; i < azCount; i++) {
            String letter = String.valueOf((char) ('a' + i));
            String suffix = letter.toUpperCase();
            String az = b.az("Az" + suffix, vpc, regionCode + letter);
            azs.add(az);
            String pub = b.subnet("Public" + suffix, vpc, az, "10.0." + i + ".0/24", publicRoutes);
            publicSubnets.add(pub);
            String nat = b.natGateway("Nat" + suffix, pub);
            String privateRoutes = b.privateRouteTable("PrivateRoutes" + suffix, vpc, nat);
            appSubnets.add(b.subnet("App" + suffix, vpc, az, "10.0." + (10 + i) + ".0/24", privateRoutes));
            if (dataTier) {
                dataSubnets.add(b.subnet("Data" + suffix, vpc, az, "10.0." + (20 + i) + ".0/24", privateRoutes));
            }
        }
    }
}
