package dev.archway.model.edit;

import dev.archway.model.catalog.ElementTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every canvas edit as a model edit: where each kind may be created, what is refused and why, and undo. */
class DesignEditsTest {

    private static Element first(EditBench bench, ElementKind kind) {
        return bench.design().all(ElementTypes.of(kind)).get(0);
    }

    /** Whether {@code e} is drawn inside {@code containerId}, at any depth. */
    private static boolean inside(Design design, Element e, String containerId) {
        String p = Containment.parentOf(design, e);
        while (p != null) {
            if (p.equals(containerId)) {
                return true;
            }
            p = Containment.parentOf(design, design.get(p));
        }
        return false;
    }

    @Test
    void everyKindThatNeedsAContainerIsCreatedInsideOneAndDrawnWithinIt() {
        for (ElementKind kind : ElementKind.values()) {
            ElementKind required = Containment.requiredParent(kind);
            if (required == null) {
                continue;
            }
            EditBench bench = EditBench.withTwoZones();
            Element container = first(bench, required);
            Element made = bench.dropIn(kind, target(bench, kind, container));
            assertTrue(inside(bench.design(), made, container.id()), kind + " is not inside its " + required);
            Bounds outer = bench.design().bounds(container.id());
            assertTrue(outer.contains(bench.design().bounds(made.id())), kind + " sticks out of its " + required);
        }
    }

    /** Auto-arrange (and so an import's layout) has a place for each kind inside its container, as a drop has. */
    @Test
    void autoArrangeDrawsEveryKindInsideItsContainer() {
        List<String> outside = new ArrayList<>();
        for (ElementKind kind : ElementKind.values()) {
            ElementKind required = Containment.requiredParent(kind);
            if (required == null) {
                continue;
            }
            EditBench bench = EditBench.withTwoZones();
            Element made = bench.dropIn(kind, target(bench, kind, first(bench, required)));
            Map<String, Bounds> layout = AwsDiagramLayout.of(bench.design());
            String parent = Containment.parentOf(bench.design(), made);
            if (!layout.get(parent).contains(layout.get(made.id()))) {
                outside.add(kind + " outside its " + bench.design().get(parent).kind());
            }
        }
        assertEquals(List.of(), outside);
    }

    /** Where a kind is dropped: on what it joins (a listener on a load balancer), else into its container. */
    private static Element target(EditBench bench, ElementKind kind, Element container) {
        switch (kind) {
            case DB_INSTANCE:
                bench.dropIn(ElementKind.AURORA_CLUSTER, container);
                return first(bench, ElementKind.SUBNET);
            case LISTENER: return bench.dropIn(ElementKind.LOAD_BALANCER, container);
            case LISTENER_RULE:
                return bench.dropIn(ElementKind.LISTENER, bench.dropIn(ElementKind.LOAD_BALANCER, container));
            default: return container;
        }
    }

    @Test
    void anIconDroppedOnAZoneOfItsVpcLandsBesideTheZonesNotOverThem() {
        EditBench bench = EditBench.withTwoZones();
        Element zone = first(bench, ElementKind.AVAILABILITY_ZONE);
        for (ElementKind kind : List.of(ElementKind.SECURITY_GROUP, ElementKind.AUTO_SCALING_GROUP,
                ElementKind.TARGET_GROUP)) {
            Bounds top = bench.design().bounds(zone.id());
            Element made = bench.drop(kind, top.centerX(), top.y() + 10);
            Bounds at = bench.design().bounds(made.id());
            for (Element az : bench.design().all(ElementTypes.of(ElementKind.AVAILABILITY_ZONE))) {
                assertFalse(Landing.overlap(at, bench.design().bounds(az.id())), kind + " drawn over " + az.name());
            }
            assertTrue(inside(bench.design(), made, first(bench, ElementKind.VPC).id()), kind + " left its VPC");
        }
    }

    @Test
    void aListenerNeedsALoadBalancerAndARuleAListener() {
        EditBench bench = EditBench.withTwoZones();
        Bounds vpc = bench.design().bounds(first(bench, ElementKind.VPC).id());
        assertFalse(DesignEdits.create(bench.design(), ElementKind.LISTENER, vpc.x() + 20, vpc.y() + 40).accepted());
        assertFalse(DesignEdits.create(bench.design(), ElementKind.LISTENER_RULE, vpc.x() + 20, vpc.y() + 40)
                .accepted());
    }

    @Test
    void everyKindThatNeedsAContainerIsRefusedOutsideOneWithTheReason() {
        for (ElementKind kind : ElementKind.values()) {
            ElementKind required = Containment.requiredParent(kind);
            if (required == null || kind == ElementKind.VPC) {
                continue;
            }
            EditBench bench = EditBench.withTwoZones();
            Edit edit = DesignEdits.create(bench.design(), kind, -5000, -5000);
            assertEquals(Containment.refusal(kind), edit.refusal(), kind.toString());
        }
    }

    @Test
    void aKindIsRefusedInEveryContainerOfAnotherKindThatHoldsNoneOfItsOwn() {
        EditBench bench = new EditBench();
        Element region = bench.drop(ElementKind.REGION, 600, 40);
        for (ElementKind kind : EnumSet.of(ElementKind.SUBNET, ElementKind.AVAILABILITY_ZONE,
                ElementKind.EC2_INSTANCE, ElementKind.SECURITY_GROUP, ElementKind.NAT_GATEWAY)) {
            Edit edit = DesignEdits.create(bench.design(), kind, bench.design().bounds(region.id()).centerX(),
                    bench.design().bounds(region.id()).centerY());
            assertFalse(edit.accepted(), kind + " was accepted in a region");
        }
        EditBench zones = EditBench.withTwoZones();
        Bounds az = zones.design().bounds(first(zones, ElementKind.AVAILABILITY_ZONE).id());
        assertFalse(DesignEdits.create(zones.design(), ElementKind.EC2_INSTANCE, az.centerX(), az.y() + az.height()
                - 20).accepted(), "an instance outside any subnet");
    }

    @Test
    void aVpcDroppedOnAnEmptyCanvasGetsItsRegionAroundIt() {
        EditBench bench = new EditBench();
        Element vpc = bench.drop(ElementKind.VPC, 400, 300);
        Region region = bench.design().all(Region.class).get(0);
        assertEquals(region.id(), ((Vpc) vpc).regionId());
        assertTrue(bench.design().bounds(region.id()).contains(bench.design().bounds(vpc.id())));
    }

    @Test
    void aDropNeverLandsOnAnotherElementAndItsContainerGrowsToHoldIt() {
        EditBench bench = EditBench.withTwoZones();
        Element subnet = first(bench, ElementKind.SUBNET);
        Bounds before = bench.design().bounds(subnet.id());
        List<Bounds> placed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            placed.add(bench.design().bounds(bench.dropIn(ElementKind.EC2_INSTANCE, subnet).id()));
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(Landing.overlap(placed.get(i), placed.get(j)), "instances " + i + " and " + j);
            }
            assertTrue(bench.design().bounds(subnet.id()).contains(placed.get(i)));
        }
        assertNotEquals(before, bench.design().bounds(subnet.id()));
    }

    @Test
    void aDbInstanceJoinsTheClusterOfItsVpcAndItsSubnetGroupAsWriterThenReader() {
        EditBench bench = EditBench.withTwoZones();
        AuroraCluster cluster = (AuroraCluster) bench.dropIn(ElementKind.AURORA_CLUSTER, first(bench, ElementKind.VPC));
        List<Subnet> subnets = bench.design().all(Subnet.class);
        DbInstance writer = (DbInstance) bench.dropIn(ElementKind.DB_INSTANCE, subnets.get(0));
        DbInstance reader = (DbInstance) bench.dropIn(ElementKind.DB_INSTANCE, subnets.get(1));
        AuroraCluster now = bench.design().get(cluster.id(), AuroraCluster.class);
        assertEquals(writer.id(), now.writerId());
        assertEquals(cluster.id(), reader.clusterId());
        DbSubnetGroup group = bench.design().get(now.dbSubnetGroupId(), DbSubnetGroup.class);
        assertEquals(List.of(subnets.get(0).id(), subnets.get(1).id()), group.subnetIds());
        assertEquals(subnets.get(1).id(), Containment.parentOf(bench.design(), reader));
    }

    @Test
    void aDbInstanceWhereNoClusterIsBecomesAnRdsInstanceOfItsOwnInASubnetGroupOverBothZones() {
        EditBench bench = EditBench.withTwoZones();
        List<Subnet> subnets = bench.design().all(Subnet.class);
        DbInstance db = (DbInstance) bench.dropIn(ElementKind.DB_INSTANCE, subnets.get(1));
        assertTrue(db.isStandalone());
        assertEquals(null, db.clusterId());
        assertEquals(subnets.get(1).azId(), db.azId());
        DbSubnetGroup group = bench.design().get(db.standalone().dbSubnetGroupId(), DbSubnetGroup.class);
        assertEquals(List.of(subnets.get(1).id(), subnets.get(0).id()), group.subnetIds());

        DbInstance second = (DbInstance) bench.dropIn(ElementKind.DB_INSTANCE, subnets.get(0));
        assertEquals(group.id(), second.standalone().dbSubnetGroupId(), "the VPC's group for that subnet is reused");
        assertEquals(1, bench.design().all(DbSubnetGroup.class).size());
        bench.stack.undo();
        bench.stack.undo();
        assertTrue(bench.design().all(DbSubnetGroup.class).isEmpty(), "one undo takes the instance and its group");
    }

    @Test
    void movingASubnetIntoTheOtherZoneReparentsItAndItsContents() {
        EditBench bench = EditBench.withTwoZones();
        List<Subnet> subnets = bench.design().all(Subnet.class);
        Element instance = bench.dropIn(ElementKind.EC2_INSTANCE, subnets.get(0));
        Element otherAz = bench.design().get(subnets.get(1).azId());
        Bounds from = bench.design().bounds(subnets.get(0).id());
        Bounds to = bench.design().bounds(otherAz.id());
        Edit move = bench.apply(DesignEdits.move(bench.design(), Set.of(subnets.get(0).id()),
                to.x() + 16 - from.x(), to.y() + to.height() - 170 - from.y()));
        assertTrue(move.accepted(), move.refusal());
        assertEquals(otherAz.id(), bench.design().get(subnets.get(0).id(), Subnet.class).azId());
        assertTrue(inside(bench.design(), bench.design().get(instance.id()), otherAz.id()));
    }

    @Test
    void reparentRefusesAContainerOfTheWrongKind() {
        EditBench bench = EditBench.withTwoZones();
        Element instance = bench.dropIn(ElementKind.EC2_INSTANCE, first(bench, ElementKind.SUBNET));
        Edit edit = DesignEdits.reparent(bench.design(), instance.id(), first(bench, ElementKind.VPC).id());
        assertEquals(Containment.refusal(ElementKind.EC2_INSTANCE), edit.refusal());
    }

    @Test
    void everyEditIsUndoneToAnEqualDesign() {
        List<Function<EditBench, Edit>> edits = List.of(
                b -> DesignEdits.create(b.design(), ElementKind.EC2_INSTANCE,
                        b.design().bounds(first(b, ElementKind.SUBNET).id()).centerX(),
                        b.design().bounds(first(b, ElementKind.SUBNET).id()).centerY()),
                b -> DesignEdits.move(b.design(), Set.of(first(b, ElementKind.AVAILABILITY_ZONE).id()), 8, 16),
                b -> DesignEdits.resize(b.design(), first(b, ElementKind.SUBNET).id(), new Bounds(0, 0, 300, 300)),
                b -> DesignEdits.reparent(b.design(), b.design().all(Subnet.class).get(0).id(),
                        b.design().all(Subnet.class).get(1).azId()),
                b -> DesignEdits.connect(b.design(), b.dropIn(ElementKind.SECURITY_GROUP,
                        first(b, ElementKind.VPC)).id(), b.dropIn(ElementKind.SECURITY_GROUP,
                        first(b, ElementKind.VPC)).id()),
                b -> DesignEdits.paste(b.design(), DesignEdits.copy(b.design(),
                        List.of(first(b, ElementKind.AVAILABILITY_ZONE).id())), 32),
                b -> DesignEdits.align(b.design(), b.design().all(Subnet.class).stream().map(Element::id).toList(),
                        Alignment.LEFT),
                b -> DesignEdits.delete(b.design(), List.of(first(b, ElementKind.VPC).id())));
        for (Function<EditBench, Edit> make : edits) {
            EditBench bench = EditBench.withTwoZones();
            Edit edit = make.apply(bench);
            Design before = bench.design().copy();
            assertTrue(edit.accepted(), edit.refusal());
            bench.apply(edit);
            assertNotEquals(before, bench.design(), edit.message());
            bench.stack.undo();
            assertEquals(before, bench.design(), edit.message());
        }
    }

    @Test
    void aPasteSelectsEveryPastedElementAndDeletingTakesTheContentsAlong() {
        EditBench bench = EditBench.withTwoZones();
        Element az = first(bench, ElementKind.AVAILABILITY_ZONE);
        Edit paste = DesignEdits.paste(bench.design(), DesignEdits.copy(bench.design(), List.of(az.id())), 32);
        assertEquals(2, paste.subjects().size());
        int size = bench.design().size();
        bench.apply(DesignEdits.delete(bench.design(), List.of(az.id())));
        assertEquals(size - 2, bench.design().size());
    }
}
