package dev.archway.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.Subnet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopologyTest {
    private final DesignBuilder b = new DesignBuilder("t");
    private final String vpc = b.vpc("Vpc", null, "10.0.0.0/16");
    private final String azA = b.az("AzA", vpc, "eu-west-1a");
    private final String azB = b.az("AzB", vpc, "eu-west-1b");
    private final String igw = b.internetGateway("Igw", vpc);
    private final String publicRt = b.publicRouteTable("PublicRt", vpc, igw);
    private final String privateRt = b.privateRouteTable("PrivateRt", vpc, null);
    private final String publicA = b.subnet("PublicA", vpc, azA, "10.0.0.0/24", publicRt);
    private final String publicB = b.subnet("PublicB", vpc, azB, "10.0.1.0/24", publicRt);
    private final String privateA = b.subnet("PrivateA", vpc, azA, "10.0.10.0/24", privateRt);
    private final Design design = b.build();
    private final Topology topology = new Topology(design);

    @Test
    void aSubnetRoutedToAnAttachedInternetGatewayIsPublic() {
        assertTrue(topology.isPublic(design.get(publicA, Subnet.class)));
        assertFalse(topology.isPublic(design.get(privateA, Subnet.class)));
    }

    @Test
    void aSubnetWithoutAssociationUsesTheMainRouteTable() {
        design.put(new RouteTable("main", "Main", vpc, true, List.of(dev.archway.model.network.Route.toInternetGateway(igw))));
        String loose = b.subnet("Loose", vpc, azB, "10.0.20.0/24", null);
        assertTrue(topology.isPublic(design.get(loose, Subnet.class)));
    }

    @Test
    void aLoadBalancersZonesComeFromItsSubnets() {
        String alb = b.alb("Alb", vpc, List.of(publicA, publicB), List.of());
        LoadBalancer lb = design.get(alb, LoadBalancer.class);
        assertEquals(Set.of("eu-west-1a", "eu-west-1b"), topology.zonesOf(lb));
        assertEquals(List.of(azA, azB), topology.azsOf(lb).stream().map(AvailabilityZone::id).toList());
    }

    @Test
    void rulesComeInPriorityOrderAndTargetGroupsFromEveryAction() {
        String alb = b.alb("Alb", vpc, List.of(publicA, publicB), List.of());
        String web = b.instance("Web", privateA, List.of());
        String tgA = b.targetGroup("TgA", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web));
        String tgB = b.targetGroup("TgB", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of());
        String http = b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.forward(tgA));
        b.rule("Late", http, 20, List.of(RuleCondition.path("/b/*")), Action.forward(tgB));
        b.rule("Early", http, 10, List.of(RuleCondition.path("/a/*")), Action.forward(tgA));
        var listener = design.get(http, dev.archway.model.lb.Listener.class);
        assertEquals(List.of("Early", "Late"), topology.rulesOf(listener).stream().map(ListenerRule::name).toList());
        assertEquals(List.of("TgA", "TgB"), topology.targetGroupsOf(listener).stream().map(TargetGroup::name).toList());
        assertEquals(List.of("Alb"), topology.loadBalancersOf(design.get(tgB, TargetGroup.class)).stream()
                .map(LoadBalancer::name).toList());
        assertEquals(List.of(azA), topology.azsOfTarget(design.get(web)).stream().map(AvailabilityZone::id).toList());
    }

    /** One ordering for every caller: listeners by port, a cluster's writer before its readers (then by name). */
    @Test
    void listsComeInOneDocumentedOrder() {
        String alb = b.alb("Alb", vpc, List.of(publicA, publicB), List.of());
        String tg = b.targetGroup("Tg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of());
        b.listener("Https", alb, Protocol.HTTPS, 443, List.of(), Action.forward(tg));
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.forward(tg));
        assertEquals(List.of(80, 443), topology.listenersOf(design.get(alb, LoadBalancer.class)).stream()
                .map(dev.archway.model.lb.Listener::port).toList());
        String group = b.dbSubnetGroup("DbSubnets", List.of(privateA));
        String cluster = b.auroraCluster("Db", vpc, group, List.of(), "Writer");
        b.dbInstance("Zeta", cluster, azA, 1);
        b.dbInstance("Alpha", cluster, azB, 1);
        b.dbInstance("Writer", cluster, azA, 0);
        assertEquals(List.of("Writer", "Alpha", "Zeta"), topology.instancesOf(design.get(cluster,
                dev.archway.model.db.AuroraCluster.class)).stream().map(dev.archway.model.db.DbInstance::name).toList());
    }
}
