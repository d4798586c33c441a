package dev.archway.exporters.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.Route;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples are what a careful AWS architect would draw (see docs/aws-semantics.md). */
class ExamplesFollowAwsPracticeTest {

    static List<String> examples() {
        return ExamplesTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void placesLoadBalancersInPublicSubnetsOfAtLeastTwoZones(String name) throws InputException {
        Topology t = new Topology(Examples.load(name));
        for (LoadBalancer lb : t.design().all(LoadBalancer.class)) {
            assertTrue(t.subnetsOf(lb).stream().allMatch(t::isPublic), lb.name());
            assertTrue(t.azsOf(lb).size() >= 2, lb.name());
            assertEquals(t.subnetsOf(lb).size(), t.azsOf(lb).size(), lb.name() + ": one subnet per AZ");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void keepsTargetsPrivateAndReachableOnlyFromTheirLoadBalancer(String name) throws InputException {
        Topology t = new Topology(Examples.load(name));
        for (TargetGroup group : t.design().all(TargetGroup.class)) {
            LoadBalancer lb = t.loadBalancersOf(group).get(0);
            for (Element target : t.targetsOf(group)) {
                assertTrue(t.subnetsOfTarget(target).stream().noneMatch(t::isPublic), target.name());
                assertTrue(t.zonesOf(lb).containsAll(t.azsOfTarget(target).stream().map(AvailabilityZone::zone)
                        .toList()), target.name());
                for (SecurityGroup sg : t.securityGroupsOf(target)) {
                    assertEquals(List.of(new SgRule("tcp", group.port(), group.port(), null,
                            lb.securityGroupIds().get(0), null)), sg.ingress(), target.name());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void admitsClientsOnEveryListenerPort(String name) throws InputException {
        Topology t = new Topology(Examples.load(name));
        for (LoadBalancer lb : t.design().all(LoadBalancer.class)) {
            for (Listener listener : t.listenersOf(lb)) {
                boolean open = t.securityGroupsOf(lb).stream().flatMap(sg -> sg.ingress().stream()).anyMatch(
                        r -> "0.0.0.0/0".equals(r.cidr()) && r.covers("tcp", listener.port()));
                assertTrue(open, listener.name());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void coversEveryAliasedHostWithACertificateOfItsHttpsListener(String name) throws InputException {
        Design design = Examples.load(name);
        Topology t = new Topology(design);
        List<String> uncovered = new ArrayList<>();
        for (DnsRecord record : design.all(DnsRecord.class)) {
            LoadBalancer lb = t.aliasTargetOf(record).orElseThrow();
            for (Listener listener : t.listenersOf(lb)) {
                boolean covered = listener.certificateIds().stream().map(id -> design.get(id, Certificate.class))
                        .anyMatch(c -> c.covers(record.recordName()));
                if (listener.protocol().terminatesTls() && !covered) {
                    uncovered.add(record.recordName());
                }
            }
        }
        assertEquals(List.of(), uncovered);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void routesEachPrivateSubnetThroughTheNatGatewayOfItsOwnZone(String name) throws InputException {
        Design design = Examples.load(name);
        Topology t = new Topology(design);
        for (Subnet subnet : design.all(Subnet.class)) {
            if (t.isPublic(subnet)) {
                continue;
            }
            Route route = t.defaultRouteOf(subnet).orElseThrow();
            NatGateway nat = design.get(route.targetId(), NatGateway.class);
            Subnet natSubnet = design.get(nat.subnetId(), Subnet.class);
            assertTrue(t.isPublic(natSubnet), nat.name());
            assertEquals(subnet.azId(), natSubnet.azId(), subnet.name());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void spreadsAuroraOverPrivateSubnetsAndZones(String name) throws InputException {
        Design design = Examples.load(name);
        Topology t = new Topology(design);
        for (AuroraCluster cluster : design.all(AuroraCluster.class)) {
            List<Subnet> subnets = t.subnetsOf(cluster);
            assertTrue(subnets.stream().noneMatch(t::isPublic));
            assertTrue(subnets.stream().map(Subnet::azId).distinct().count() >= 2);
            DbInstance writer = t.writerOf(cluster).orElseThrow();
            assertTrue(t.readersOf(cluster).stream().anyMatch(r -> !Objects.equals(r.azId(), writer.azId())));
            String appSg = design.all(dev.archway.model.db.AppNode.class).get(0).securityGroupIds().get(0);
            for (SecurityGroup sg : t.securityGroupsOf(cluster)) {
                assertEquals(List.of(SgRule.tcpFrom(cluster.port(), appSg)), sg.ingress());
            }
        }
    }
}
