package dev.archway.model.edit;

import dev.archway.model.catalog.ElementTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** Each legal pair of a connection drag, what it changes, that either direction means the same, and refusals. */
class ConnectionsTest {
    private final EditBench bench = EditBench.withTwoZones();
    private final Element vpc = bench.design().all(ElementTypes.of(ElementKind.VPC)).get(0);
    private final Subnet subnet = bench.design().all(Subnet.class).get(0);

    private Element add(ElementKind kind) {
        return bench.dropIn(kind, kind == ElementKind.EC2_INSTANCE || kind == ElementKind.NAT_GATEWAY
                || kind == ElementKind.ECS_SERVICE ? subnet : vpc);
    }

    private Design connected(Element from, Element to) {
        Edit edit = bench.apply(DesignEdits.connect(bench.design(), from.id(), to.id()));
        assertTrue(edit.accepted(), from.kind() + " -> " + to.kind() + ": " + edit.refusal());
        return bench.design();
    }

    /** Connects both ways on copies: each direction must give the same design. */
    private void legal(ElementKind fromKind, ElementKind toKind, BiPredicate<Design, List<Element>> holds) {
        Element from = add(fromKind);
        Element to = add(toKind);
        Design before = bench.design().copy();
        Design forward = connected(from, to).copy();
        assertTrue(holds.test(forward, List.of(from, to)), fromKind + " -> " + toKind);
        bench.stack.undo();
        assertEquals(before, bench.design());
        assertEquals(forward, connected(to, from), toKind + " -> " + fromKind);
    }

    @Test
    void eachLegalPairConnects() {
        legal(ElementKind.DNS_RECORD, ElementKind.LOAD_BALANCER,
                (d, e) -> e.get(1).id().equals(d.get(e.get(0).id(), DnsRecord.class).aliasTargetId()));
        legal(ElementKind.SECURITY_GROUP, ElementKind.LOAD_BALANCER,
                (d, e) -> d.get(e.get(1).id(), LoadBalancer.class).securityGroupIds().contains(e.get(0).id()));
        legal(ElementKind.SECURITY_GROUP, ElementKind.EC2_INSTANCE,
                (d, e) -> d.get(e.get(1).id(), Ec2Instance.class).securityGroupIds().contains(e.get(0).id()));
        legal(ElementKind.SECURITY_GROUP, ElementKind.AURORA_CLUSTER,
                (d, e) -> d.get(e.get(1).id(), AuroraCluster.class).securityGroupIds().contains(e.get(0).id()));
        legal(ElementKind.TARGET_GROUP, ElementKind.EC2_INSTANCE,
                (d, e) -> d.get(e.get(0).id(), TargetGroup.class).targetIds().contains(e.get(1).id()));
        legal(ElementKind.SECURITY_GROUP, ElementKind.AUTO_SCALING_GROUP,
                (d, e) -> d.get(e.get(1).id(), AutoScalingGroup.class).securityGroupIds().contains(e.get(0).id()));
        legal(ElementKind.TARGET_GROUP, ElementKind.AUTO_SCALING_GROUP,
                (d, e) -> d.get(e.get(0).id(), TargetGroup.class).targetIds().contains(e.get(1).id()));
        legal(ElementKind.ROUTE_TABLE, ElementKind.INTERNET_GATEWAY,
                (d, e) -> d.get(e.get(0).id(), RouteTable.class).routes().contains(Route.toInternetGateway(
                        e.get(1).id())));
        legal(ElementKind.ROUTE_TABLE, ElementKind.NAT_GATEWAY,
                (d, e) -> d.get(e.get(0).id(), RouteTable.class).routes().contains(Route.toNatGateway(e.get(1).id())));
        legal(ElementKind.APP_NODE, ElementKind.AURORA_CLUSTER,
                (d, e) -> !d.get(e.get(0).id(), AppNode.class).databases().isEmpty());
        legal(ElementKind.APP_NODE, ElementKind.EC2_INSTANCE,
                (d, e) -> d.get(e.get(0).id(), AppNode.class).runsOn().contains(e.get(1).id()));
    }

    @Test
    void aRouteTableIsAssociatedWithASubnet() {
        Element rt = add(ElementKind.ROUTE_TABLE);
        assertEquals(rt.id(), connected(rt, subnet).get(subnet.id(), Subnet.class).routeTableId());
    }

    @Test
    void aListenerJoinsItsBalancerForwardsAndTakesCertificatesTurningHttpsOn443() {
        LoadBalancer lb = (LoadBalancer) add(ElementKind.LOAD_BALANCER);
        Listener listener = (Listener) bench.dropIn(ElementKind.LISTENER, lb);
        Element tg = add(ElementKind.TARGET_GROUP);
        Element cert = add(ElementKind.CERTIFICATE);
        Element sni = add(ElementKind.CERTIFICATE);
        connected(listener, tg);
        connected(cert, listener);
        Listener secured = connected(listener, sni).get(listener.id(), Listener.class);
        assertEquals(Protocol.HTTPS, secured.protocol());
        assertEquals(443, secured.port());
        assertEquals(List.of(cert.id(), sni.id()), secured.certificateIds());
        assertEquals(List.of(tg.id()), secured.defaultActions().get(0).targetGroupIds());
    }

    @Test
    void aRuleForwardsToATargetGroup() {
        Listener listener = (Listener) bench.dropIn(ElementKind.LISTENER, add(ElementKind.LOAD_BALANCER));
        ListenerRule rule = (ListenerRule) bench.dropIn(ElementKind.LISTENER_RULE, listener);
        Element tg = add(ElementKind.TARGET_GROUP);
        assertEquals(List.of(tg.id()), connected(rule, tg).get(rule.id(), ListenerRule.class).actions().get(0)
                .targetGroupIds());
    }

    @Test
    void aGroupAdmittingAnotherUsesThePortItsMembersServe() {
        AuroraCluster cluster = (AuroraCluster) add(ElementKind.AURORA_CLUSTER);
        SecurityGroup db = (SecurityGroup) add(ElementKind.SECURITY_GROUP);
        SecurityGroup app = (SecurityGroup) add(ElementKind.SECURITY_GROUP);
        connected(db, cluster);
        SecurityGroup admitting = connected(app, db).get(db.id(), SecurityGroup.class);
        assertEquals(cluster.port(), admitting.ingress().get(0).fromPort());
        assertEquals(app.id(), admitting.ingress().get(0).securityGroupId());
    }

    @Test
    void aDbInstanceDraggedOntoAnotherClusterJoinsIt() {
        add(ElementKind.AURORA_CLUSTER);
        DbInstance db = (DbInstance) bench.dropIn(ElementKind.DB_INSTANCE, subnet);
        AuroraCluster other = (AuroraCluster) add(ElementKind.AURORA_CLUSTER);
        assertEquals(other.id(), connected(db, other).get(db.id(), DbInstance.class).clusterId());
        assertEquals(db.id(), bench.design().get(other.id(), AuroraCluster.class).writerId());
    }

    @Test
    void unrelatedPairsAndRepeatsAreRefusedWithAReason() {
        Element sg = add(ElementKind.SECURITY_GROUP);
        Element cert = add(ElementKind.CERTIFICATE);
        Edit edit = DesignEdits.connect(bench.design(), sg.id(), cert.id());
        assertFalse(edit.accepted());
        assertTrue(edit.refusal().contains("security group"), edit.refusal());
        Element lb = add(ElementKind.LOAD_BALANCER);
        connected(sg, lb);
        assertTrue(DesignEdits.connect(bench.design(), lb.id(), sg.id()).refusal().startsWith("Already"));
        assertFalse(DesignEdits.connect(bench.design(), lb.id(), lb.id()).accepted());
    }
}
