package dev.archway.model.edit;

import dev.archway.model.catalog.ElementTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.ElementKind;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public-subnet switch makes the route-table edit AWS needs; the topology then agrees. */
class PublicSubnetsTest {

    @Test
    void switchingOnMakesOnePublicTableWithTheGatewayAndSharesIt() {
        EditBench bench = EditBench.withTwoZones();
        List<Subnet> subnets = bench.design().all(Subnet.class);
        for (Subnet s : subnets) {
            assertTrue(bench.apply(PublicSubnets.set(bench.design(), s.id(), true)).accepted());
        }
        Topology topology = new Topology(bench.design());
        bench.design().all(Subnet.class).forEach(s -> assertTrue(topology.isPublic(s), s.name()));
        assertEquals(1, bench.design().all(RouteTable.class).size());
        assertEquals(1, bench.design().all(InternetGateway.class).size());
    }

    @Test
    void switchingOffMovesTheSubnetToAPrivateTableAndUndoRestoresIt() {
        EditBench bench = EditBench.withTwoZones();
        Subnet s = bench.design().all(Subnet.class).get(0);
        bench.apply(PublicSubnets.set(bench.design(), s.id(), true));
        var before = bench.design().copy();
        bench.apply(PublicSubnets.set(bench.design(), s.id(), false));
        assertFalse(new Topology(bench.design()).isPublic(bench.design().get(s.id(), Subnet.class)));
        bench.stack.undo();
        assertEquals(before, bench.design());
    }

    @Test
    void aRouteTableDraggedToTheGatewayAndTheSubnetMakesItPublicToo() {
        EditBench bench = EditBench.withTwoZones();
        var vpc = bench.design().all(ElementTypes.of(ElementKind.VPC)).get(0);
        var rt = bench.dropIn(ElementKind.ROUTE_TABLE, vpc);
        var igw = bench.dropIn(ElementKind.INTERNET_GATEWAY, vpc);
        Subnet s = bench.design().all(Subnet.class).get(0);
        bench.apply(DesignEdits.connect(bench.design(), rt.id(), igw.id()));
        bench.apply(DesignEdits.connect(bench.design(), rt.id(), s.id()));
        assertTrue(PublicSubnets.isPublic(bench.design(), bench.design().get(s.id(), Subnet.class)));
    }
}
