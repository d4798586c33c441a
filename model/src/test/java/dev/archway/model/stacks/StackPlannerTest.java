package dev.archway.model.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.Element;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StackPlannerTest {

    @Test
    void aSmallDesignNeedsNoSplit() {
        NestedStackPlan plan = StackPlanner.plan(SyntheticDesigns.generate(100));
        assertFalse(plan.needsSplit());
        assertTrue(plan.resources() > 0 && plan.resources() < 500, "resources " + plan.resources());
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 2000, 10000})
    void aLargeDesignSplitsIntoPartsWithinTheLimits(int size) {
        Design design = SyntheticDesigns.generate(size);
        NestedStackPlan plan = StackPlanner.plan(design);
        assertTrue(plan.needsSplit());
        assertEquals(new CfnResourceCount(design).total(), plan.resources());
        assertEquals(plan.resources(), plan.parts().stream().mapToInt(StackPart::resources).sum());
        for (StackPart part : plan.parts()) {
            assertTrue(part.fits(StackLimits.CLOUDFORMATION), part.toString());
        }
    }

    @Test
    void everyElementWithResourcesIsInExactlyOnePart() {
        Design design = SyntheticDesigns.generate(600);
        NestedStackPlan plan = StackPlanner.plan(design);
        CfnResourceCount counts = new CfnResourceCount(design);
        List<String> placed = new ArrayList<>();
        plan.parts().forEach(p -> placed.addAll(p.elementIds()));
        assertEquals(placed.size(), new HashSet<>(placed).size(), "an element is in two parts");
        List<String> withResources = design.elements().stream().filter(e -> counts.resources(e) > 0)
                .map(Element::id).toList();
        assertEquals(new HashSet<>(withResources), new HashSet<>(placed));
        assertNull(plan.partOf("v0-az-a"), "AZs have no resource");
    }

    @Test
    void partsDependOnlyOnEarlierPartsAndImportWhatTheyDependOn() {
        Design design = SyntheticDesigns.generate(2000);
        NestedStackPlan plan = StackPlanner.plan(design);
        Set<String> earlier = new HashSet<>();
        for (StackPart part : plan.parts()) {
            assertTrue(earlier.containsAll(part.dependsOn()), part.name() + " depends on " + part.dependsOn());
            for (CfnReference r : part.imports()) {
                StackPart owner = plan.partOf(r.targetId());
                assertTrue(part.dependsOn().contains(owner.name()), part.name() + " imports " + r);
            }
            earlier.add(part.name());
        }
    }

    @Test
    void splitsAlongTheLinesOfTheEstate() {
        Design design = SyntheticDesigns.generate(600);
        NestedStackPlan plan = StackPlanner.plan(design);
        List<String> names = plan.parts().stream().map(StackPart::name).toList();
        assertEquals(List.of("network", "dns", "compute-private", "lb-v0-alb", "lb-v1-alb", "lb-v2-alb",
                "lb-v3-alb", "lb-v4-alb", "lb-v5-alb", "data", "records"), names);
        assertEquals("network", plan.partOf("v3-vpc").name());
        assertEquals("dns", plan.partOf("v3-cert").name());
        assertEquals("lb-v3-alb", plan.partOf("v3-tg2").name(), "a target group goes with its load balancer");
        assertEquals("lb-v3-alb", plan.partOf("v3-rule2").name());
        assertEquals("compute-private", plan.partOf("v3-svc2-a").name());
        assertEquals("data", plan.partOf("v3-db-2").name());
        assertEquals("records", plan.partOf("v3-rec2").name());
    }

    @Test
    void chunksAnOversizedGroupByNameKeepingEachVpcTogether() {
        Design design = SyntheticDesigns.generate(600);
        NestedStackPlan plan = StackPlanner.plan(design, new CfnResourceCount(design)::resources,
                StackLimits.CLOUDFORMATION.withResources(80));
        StackPart first = plan.part("network-1");
        StackPart second = plan.part("network-2");
        assertTrue(first.elementIds().contains("v0-vpc") && first.elementIds().contains("v0-nat-b"));
        assertTrue(second.elementIds().contains("v2-vpc"), second.elementIds().toString());
        assertTrue(second.dependsOn().isEmpty(), "VPCs do not refer to each other");
        plan.parts().forEach(p -> assertTrue(p.resources() <= 80, p.name() + " " + p.resources()));
    }

    @Test
    void isTheSameForTheSameDesign() {
        assertEquals(StackPlanner.plan(SyntheticDesigns.generate(2000)),
                StackPlanner.plan(SyntheticDesigns.generate(2000)));
    }

    @Test
    void keepsSecurityGroupsThatReferToEachOtherInOneStack() {
        DesignBuilder b = new DesignBuilder("cycle");
        b.vpc("Vpc", null, "10.0.0.0/16");
        b.securityGroup("A", "Vpc", List.of(SgRule.tcpFrom(80, "B")));
        b.securityGroup("B", "Vpc", List.of(SgRule.tcpFrom(80, "A")));
        Design design = b.build();
        NestedStackPlan plan = StackPlanner.plan(design, e -> 1, new StackLimits(2, 200, 200));
        assertEquals(plan.partOf("A"), plan.partOf("B"));
        assertEquals(List.of("network-1", "network-2"), plan.parts().stream().map(StackPart::name).toList());
    }

    @Test
    void aTargetGroupOfTwoLoadBalancersGoesWithTheFirst() {
        DesignBuilder b = new DesignBuilder("shared");
        b.vpc("Vpc", null, "10.0.0.0/16");
        b.targetGroup("Tg", "Vpc", Protocol.HTTP, 80, TargetType.IP, List.of());
        b.alb("B", "Vpc", List.of(), List.of());
        b.alb("A", "Vpc", List.of(), List.of());
        b.listener("ToTgFromB", "B", Protocol.HTTP, 80, List.of(), Action.forward("Tg"));
        b.listener("ToTgFromA", "A", Protocol.HTTP, 80, List.of(), Action.forward("Tg"));
        NestedStackPlan plan = StackPlanner.plan(b.build());
        assertEquals("lb-a", plan.partOf("Tg").name());
        assertEquals(List.of("lb-a"), plan.part("lb-b").dependsOn());
    }
}
