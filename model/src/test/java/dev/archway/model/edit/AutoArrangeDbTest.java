package dev.archway.model.edit;

import dev.archway.model.catalog.ElementTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.ElementKind;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.network.Subnet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bug: auto-arrange moved the Aurora writer and reader into the public subnets (an instance stores only its AZ). */
class AutoArrangeDbTest {

    @Test
    void dbInstancesDroppedInPrivateSubnetsStayThereAfterAutoArrange() {
        EditBench bench = EditBench.withTwoZones();
        List<Subnet> first = bench.design().all(Subnet.class);
        for (Subnet s : first) {
            bench.apply(PublicSubnets.set(bench.design(), s.id(), true));
            bench.dropIn(ElementKind.SUBNET, bench.design().get(s.azId()));
        }
        List<Subnet> privates = bench.design().all(Subnet.class).stream().filter(s -> !first.stream()
                .map(Subnet::id).toList().contains(s.id())).toList();
        bench.dropIn(ElementKind.AURORA_CLUSTER, bench.design().all(ElementTypes.of(ElementKind.VPC)).get(0));
        privates.forEach(s -> bench.dropIn(ElementKind.DB_INSTANCE, s));
        Map<String, Bounds> layout = AwsDiagramLayout.of(bench.design());
        for (DbInstance db : bench.design().all(DbInstance.class)) {
            Subnet home = privates.stream().filter(s -> s.azId().equals(db.azId())).findFirst().orElseThrow();
            assertTrue(layout.get(home.id()).contains(layout.get(db.id())), db.name() + " left " + home.name());
        }
    }

    /** An RDS instance of its own has no cluster to ask: its own DB subnet group says its subnet in its AZ. */
    @Test
    void aStandaloneInstanceIsDrawnInTheSubnetItsOwnGroupHasInItsZone() {
        EditBench bench = EditBench.withTwoZones();
        List<Subnet> grouped = bench.design().all(Subnet.class);
        grouped.forEach(s -> bench.dropIn(ElementKind.SUBNET, bench.design().get(s.azId())));
        bench.design().put(new DbSubnetGroup("rds-subnets", "rds-subnets", "", grouped.stream().map(Subnet::id)
                .toList()));
        Subnet home = grouped.get(1);
        DbInstance rds = new DbInstance("rds", "rds", null, home.azId(), "db.t3.micro", 1, false,
                new StandaloneDb("postgres", 5432, "rds-subnets", List.of(), false, null));
        bench.design().put(rds);
        assertEquals(home.id(), Containment.parentOf(bench.design(), rds));
        Map<String, Bounds> layout = AwsDiagramLayout.of(bench.design());
        assertTrue(layout.get(home.id()).contains(layout.get(rds.id())), "rds left " + home.name());
    }
}
