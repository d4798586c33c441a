package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.Subnet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: an Auto Scaling group registered with a target group sends to its desired instances, balanced over AZs. */
class AutoScalingTargetsTest {
    private final Fixtures f = new Fixtures().twoDomainAlb();
    private final Design design = f.design();
    private final SimRequest orders = SimRequest.parse("GET https://www.example.com/orders", List.of(), null);

    private String group(int desired, String... subnets) {
        String id = f.b.add(new AutoScalingGroup("Orders", "Orders", f.vpc, List.of(subnets), List.of("WebSg"), 0,
                desired, 10, "t3.micro", "ami-0abcdef1234567890", null)).id();
        f.b.targetGroup("OrdersTg", f.vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(id));
        f.b.rule("OrdersRule", "Https", 2, List.of(RuleCondition.path("/orders")), Action.forward("OrdersTg"));
        return id;
    }

    @Test
    void desiredInstancesAlternateBetweenTheAzsOfTheGroupsSubnets() {
        String privateA2 = f.b.subnet("PrivateA2", f.vpc, design.get(f.privateA, Subnet.class).azId(), "10.0.12.0/24",
                null);
        AutoScalingGroup g = design.get(group(5, f.privateA, privateA2, f.privateB), AutoScalingGroup.class);
        assertEquals(List.of(f.privateA, f.privateB, privateA2, f.privateB, f.privateA),
                InstanceSpread.subnetsOfInstances(design, g));
    }

    @Test
    void eachInstanceIsATargetAndCanBeMarkedUnhealthyOneByOne() {
        group(3, f.privateA, f.privateB);
        TrafficReport r = new RequestRouter(design).send(orders, null,
                SimulationScenario.NORMAL.withUnhealthy("Orders#2", true), 900);
        assertEquals(List.of("Orders#1", "Orders#2", "Orders#3"),
                r.targets().stream().map(TrafficReport.TargetCount::name).toList());
        assertEquals(List.of(0.5, 0.0, 0.5), r.targets().stream().map(TrafficReport.TargetCount::expectedShare)
                .toList());
        assertEquals("Orders#2", ScenarioNames.targetKey(design, "Orders#2", "--unhealthy"));
    }

    @Test
    void oneInstanceIsATargetKeyAsLongAsTheGroupHasIt() {
        String id = group(3, f.privateA, f.privateB);
        assertEquals(List.of(true, true, false, false, false), List.of(ScenarioNames.isTargetKey(design, id),
                ScenarioNames.isTargetKey(design, id + "#3"), ScenarioNames.isTargetKey(design, id + "#4"),
                ScenarioNames.isTargetKey(design, id + "#0"), ScenarioNames.isTargetKey(design, "Nothing#1")));
        design.setUnhealthyTargets(java.util.Set.of(id + "#2", f.privateA));
        design.remove(id);
        assertEquals(java.util.Set.of(f.privateA), design.unhealthyTargets(), "its instances go with the group");
    }

    @Test
    void aGroupAtDesiredZeroLeavesItsTargetGroupEmpty() {
        group(0, f.privateA, f.privateB);
        TrafficReport r = new RequestRouter(design).send(orders, null, SimulationScenario.NORMAL, 10);
        assertEquals(List.of(RouteOutcome.UNAVAILABLE), List.copyOf(r.outcomes().keySet()));
    }

    @Test
    void aFailedAzTakesItsInstancesAway() {
        group(4, f.privateA, f.privateB);
        TrafficReport r = new RequestRouter(design).send(orders, null,
                SimulationScenario.NORMAL.withZoneFailed("eu-west-1a", true), 1000);
        assertEquals(0.0, r.expectedShare("Orders#1"), 1e-12);
        assertEquals(0.5, r.expectedShare("Orders#2"), 1e-12);
        assertEquals(0.0, r.expectedShare("Orders#3"), 1e-12);
        assertEquals(0.5, r.expectedShare("Orders#4"), 1e-12);
    }
}
