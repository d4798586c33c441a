package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.Element;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A template without Archway's layout is laid out in the AWS diagram convention, as Auto-arrange does. */
class ImportLayoutTest {

    /** A template as a person would write it: the design exported, without Archway's Metadata. */
    private static Design importedWithoutLayout(Design d) throws Exception {
        Map<String, Object> template = new CfnTemplateExporter().export(d);
        template.remove("Metadata");
        return new CfnImporter().importText(CfnYamlWriter.write(template), Path.of("plain.yaml"));
    }

    private static Design vpcWith(int azs, int instancesPerSubnet) {
        DesignBuilder b = new DesignBuilder("Generated");
        String vpc = b.vpc("Vpc", null, "10.0.0.0/16");
        String igw = b.internetGateway("Igw", vpc);
        String pub = b.publicRouteTable("PublicRt", vpc, igw);
        String priv = b.privateRouteTable("PrivateRt", vpc, null);
        List<String> publicSubnets = new ArrayList<>();
        List<String> privateSubnets = new ArrayList<>();
        List<String> azIds = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        String sg = b.securityGroup("Sg", vpc, List.of());
        for (int a = 0; a < azs; a++) {
            String zone = "us-east-1" + (char) ('a' + a);
            String az = b.az("Az" + a, vpc, zone);
            publicSubnets.add(b.subnet("Public" + a, vpc, az, "10.0." + a + ".0/24", pub));
            String privSubnet = b.subnet("Private" + a, vpc, az, "10.0." + (100 + a) + ".0/24", priv);
            privateSubnets.add(privSubnet);
            azIds.add(az);
            for (int i = 0; i < instancesPerSubnet; i++) {
                targets.add(b.instance("Web" + a + "x" + i, privSubnet, List.of(sg)));
            }
        }
        String alb = b.alb("Alb", vpc, publicSubnets, List.of(sg));
        String tg = b.targetGroup("Tg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, targets);
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), dev.archway.model.lb.Action.forward(tg));
        String cluster = b.auroraCluster("Aurora", vpc, b.dbSubnetGroup("DbSubnets", privateSubnets), List.of(sg),
                null);
        for (int a = 0; a < azs; a++) {
            b.dbInstance("Db" + a, cluster, azIds.get(a), a);
        }
        return b.build();
    }

    @Test
    void smallTemplateFollowsTheAwsDiagramConvention() throws Exception {
        Design d = importedWithoutLayout(vpcWith(2, 2));
        assertTrue(d.size() >= 10);
        assertConvention(d);
    }

    @Test
    void threeHundredResourcesStayReadable() throws Exception {
        Design d = importedWithoutLayout(vpcWith(3, 95));
        assertTrue(d.size() >= 300, "size " + d.size());
        assertConvention(d);
    }

    @Test
    void realTemplateFollowsTheConvention() throws Exception {
        Design d = new CfnImporter().importTemplate(Path.of("src/test/resources/cfn/corpus/aws-cloudformation-templates"
                + "/VPC/VPC_With_Managed_NAT_And_Private_Subnet.yaml"));
        assertConvention(d);
    }

    private static void assertConvention(Design d) {
        Topology topology = new Topology(d);
        for (Element e : d.elements()) {
            assertTrue(d.bounds(e.id()) != null, e.name() + " has no place");
            Element container = e.container() == null ? null : d.get(e.container());
            if (container != null && !(e instanceof dev.archway.model.lb.Listener)) {
                assertTrue(d.bounds(container.id()).contains(d.bounds(e.id())), e.name() + " outside " + container.name());
            }
        }
        for (AvailabilityZone az : d.all(AvailabilityZone.class)) {
            List<Subnet> subnets = d.all(Subnet.class).stream().filter(s -> az.id().equals(s.azId())).toList();
            double lowestPublic = subnets.stream().filter(topology::isPublic)
                    .mapToDouble(s -> d.bounds(s.id()).y() + d.bounds(s.id()).height()).max().orElse(0);
            double highestPrivate = subnets.stream().filter(s -> !topology.isPublic(s))
                    .mapToDouble(s -> d.bounds(s.id()).y()).min().orElse(Double.MAX_VALUE);
            assertTrue(lowestPublic <= highestPrivate, "public subnets above private ones in " + az.name());
        }
        for (LoadBalancer lb : d.all(LoadBalancer.class)) {
            Bounds b = d.bounds(lb.id());
            for (Subnet s : topology.subnetsOf(lb)) {
                Bounds sb = d.bounds(s.id());
                assertTrue(b.x() < sb.x() + sb.width() && b.x() + b.width() > sb.x()
                        && b.y() >= sb.y() && b.y() + b.height() <= sb.y() + sb.height(), lb.name() + " crosses " + s.name());
            }
        }
        List<Element> all = List.copyOf(d.elements());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Bounds a = d.bounds(all.get(i).id());
                Bounds b = d.bounds(all.get(j).id());
                boolean nested = a.contains(b) || b.contains(a) || isBarOver(all.get(i), all.get(j))
                        || isBarOver(all.get(j), all.get(i));
                assertTrue(nested || !overlap(a, b), all.get(i).name() + " overlaps " + all.get(j).name());
            }
        }
        assertEquals(0, d.all(dev.archway.model.OpaqueResource.class).size());
    }

    /** A load balancer or Aurora cluster is a bar drawn across the subnets (and their AZs) it is in. */
    private static boolean isBarOver(Element bar, Element under) {
        return (bar instanceof LoadBalancer || bar instanceof dev.archway.model.db.AuroraCluster)
                && (under instanceof Subnet || under instanceof AvailabilityZone);
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }
}
