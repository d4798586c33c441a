package dev.archway.model.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.Element;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.db.DbInstance;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.network.NatGateway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsDiagramLayoutTest {
    private final Design design = SyntheticDesigns.generate(300);

    @Test
    void drawsEveryElementInsideItsContainer() {
        List<String> outside = new ArrayList<>();
        for (Element e : design.elements()) {
            Bounds container = e.container() == null ? null : design.bounds(e.container());
            if (container != null && !container.contains(design.bounds(e.id()))) {
                outside.add(e.name());
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void drawsDatabaseInstancesInTheirDataSubnets() {
        Bounds subnet = design.bounds("v0-data-b");
        assertEquals(true, subnet.contains(design.bounds("v0-db-2")));
    }

    @Test
    void neverOverlapsIcons() {
        List<Bounds> icons = new ArrayList<>();
        for (Element e : design.elements()) {
            if (e instanceof Ec2Instance || e instanceof NatGateway || e instanceof DbInstance) {
                icons.add(design.bounds(e.id()));
            }
        }
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < icons.size(); i++) {
            for (int j = i + 1; j < icons.size(); j++) {
                if (overlap(icons.get(i), icons.get(j))) {
                    overlaps.add(icons.get(i) + " / " + icons.get(j));
                }
            }
        }
        assertEquals(List.of(), overlaps);
    }

    @Test
    void putsPublicSubnetsAbovePrivateOnes() {
        assertEquals(true, design.bounds("v0-public-a").y() < design.bounds("v0-app-a").y());
        assertEquals(design.bounds("v0-public-a").y(), design.bounds("v0-public-b").y());
        assertEquals(true, design.bounds("v0-az-a").x() < design.bounds("v0-az-b").x());
    }

    @Test
    void fillsEachSubnetsGridInTheReadingOrderOfTheTargetGroupsInTheLanes() {
        Design oneVpc = SyntheticDesigns.oneVpc(40);
        java.util.Map<String, Bounds> groupOf = new java.util.HashMap<>();
        oneVpc.all(dev.archway.model.lb.TargetGroup.class)
                .forEach(tg -> tg.targetIds().forEach(t -> groupOf.put(t, oneVpc.bounds(tg.id()))));
        java.util.Comparator<Bounds> reading = java.util.Comparator.comparingDouble(Bounds::y)
                .thenComparingDouble(Bounds::x);
        for (String subnet : List.of("v0-app-a", "v0-app-b")) {
            List<Ec2Instance> targets = oneVpc.all(Ec2Instance.class).stream().filter(i -> subnet.equals(i.container()))
                    .sorted((p, q) -> reading.compare(oneVpc.bounds(p.id()), oneVpc.bounds(q.id()))).toList();
            List<Bounds> groups = targets.stream().map(t -> groupOf.get(t.id())).toList();

            assertEquals(40, targets.size());
            assertEquals(groups.stream().sorted(reading).toList(), groups, subnet);
        }
    }

    @Test
    void mirrorsTheLanesOfABigServiceSoThatTargetGroupsSitNearerTheirTargetsThanTheRules() {
        Design oneVpc = SyntheticDesigns.oneVpc(40);
        List<String> ruleRightOfGroup = new ArrayList<>();
        for (dev.archway.model.lb.ListenerRule rule : oneVpc.all(dev.archway.model.lb.ListenerRule.class)) {
            String group = rule.actions().get(0).targetGroupIds().get(0);
            if (oneVpc.bounds(rule.id()).x() > oneVpc.bounds(group).x()) {
                ruleRightOfGroup.add(rule.id());
            }
        }

        assertEquals(oneVpc.all(dev.archway.model.lb.ListenerRule.class).size(), ruleRightOfGroup.size());
        assertEquals(oneVpc.bounds(ruleRightOfGroup.get(0)).y(),
                oneVpc.bounds(oneVpc.get(ruleRightOfGroup.get(0), dev.archway.model.lb.ListenerRule.class).actions()
                        .get(0).targetGroupIds().get(0)).y());
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    @Test
    void laysOutAVpcThatBelongsToNoRegion() {
        DesignBuilder b = new DesignBuilder("imported");
        String vpc = b.vpc("Vpc", null, "10.0.0.0/16");
        String az = b.az("AzA", vpc, "eu-west-1a");
        String subnet = b.subnet("PrivateA", vpc, az, "10.0.1.0/24", null);
        b.instance("Web", subnet, List.of());
        Design imported = b.build();
        AwsDiagramLayout.apply(imported);
        assertEquals(true, imported.bounds(vpc).contains(imported.bounds(az)));
        assertEquals(true, imported.bounds(subnet).contains(imported.bounds("Web")));
    }
}
