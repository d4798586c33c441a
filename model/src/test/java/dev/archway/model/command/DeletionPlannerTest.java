package dev.archway.model.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deleting leaves no reference dangling: what cannot stay goes too, the rest lets go; one undo restores it all. */
class DeletionPlannerTest {
    private static final Design ORIGINAL = SyntheticDesigns.generate(100);

    private static CommandStack deleting(String name) {
        CommandStack stack = new CommandStack(ORIGINAL.copy());
        Element e = stack.design().byName(name).orElseThrow();
        DeletionPlanner.Deletion deletion = DeletionPlanner.plan(stack.design(), List.of(e.id()), "Delete " + name);
        assertNull(deletion.refusal());
        stack.execute(deletion.command());
        return stack;
    }

    @Test
    void deletingAnyElementLeavesNoDanglingReferenceAndUndoRestoresTheDesign() {
        for (Element e : ORIGINAL.elements()) {
            if (DeletionPlanner.plan(ORIGINAL, List.of(e.id()), "Delete").refused()) {
                continue;
            }
            CommandStack stack = deleting(e.name());
            Design after = stack.design();
            assertNull(after.get(e.id()), e.name());
            for (Element kept : after.elements()) {
                kept.references().forEach(ref -> assertNotNull(after.get(ref),
                        "deleting " + e.name() + " left " + kept.name() + " pointing at " + ref));
            }
            stack.undo();
            assertEquals(ORIGINAL, stack.design(), "undo of deleting " + e.name());
        }
    }

    @Test
    void aRuleThatOnlyForwardedToADeletedTargetGroupGoesWithIt() {
        TargetGroup group = ORIGINAL.all(TargetGroup.class).stream().filter(g -> !isDefaultTarget(g)).findFirst()
                .orElseThrow();
        ListenerRule rule = ORIGINAL.all(ListenerRule.class).stream()
                .filter(r -> r.references().contains(group.id())).findFirst().orElseThrow();
        Design after = deleting(group.name()).design();
        assertNull(after.get(rule.id()));
        assertNotNull(after.get(rule.listenerId()), "the listener stays");
    }

    @Test
    void aTargetGroupThatIsAListenersDefaultActionCannotGoWhileTheLoadBalancerStays() {
        TargetGroup group = ORIGINAL.all(TargetGroup.class).stream().filter(DeletionPlannerTest::isDefaultTarget)
                .findFirst().orElseThrow();
        Listener listener = ORIGINAL.all(Listener.class).stream().filter(l -> l.references().contains(group.id()))
                .findFirst().orElseThrow();
        DeletionPlanner.Deletion deletion = DeletionPlanner.plan(ORIGINAL, List.of(group.id()), "Delete");
        assertEquals(group.name() + " is the default action of listener " + listener.name()
                + "; give the listener another default action first", deletion.refusal());
        assertNull(deletion.command());
    }

    @Test
    void deletingTheLoadBalancerTakesItsListenersAndTheirTargetGroupsStay() {
        Listener listener = ORIGINAL.all(Listener.class).get(0);
        LoadBalancer lb = ORIGINAL.get(listener.loadBalancerId(), LoadBalancer.class);
        Design after = deleting(lb.name()).design();
        assertTrue(after.all(Listener.class).stream().noneMatch(l -> l.loadBalancerId().equals(lb.id())));
        assertEquals(ORIGINAL.all(TargetGroup.class).size(), after.all(TargetGroup.class).size());
    }

    private static boolean isDefaultTarget(TargetGroup group) {
        return ORIGINAL.all(Listener.class).stream().flatMap(l -> l.defaultActions().stream())
                .anyMatch(a -> a.targetGroupIds().contains(group.id()));
    }

    @Test
    void aDeletedInstanceIsDeregisteredAndItsTargetGroupStays() {
        Ec2Instance instance = ORIGINAL.all(Ec2Instance.class).get(0);
        TargetGroup group = ORIGINAL.all(TargetGroup.class).stream()
                .filter(g -> g.targetIds().contains(instance.id())).findFirst().orElseThrow();
        TargetGroup after = deleting(instance.name()).design().get(group.id(), TargetGroup.class);
        assertFalse(after.targetIds().contains(instance.id()));
        assertEquals(group.targetIds().size() - 1, after.targetIds().size());
    }

    @Test
    void aSubnetWhoseRouteTableIsDeletedFallsBackToTheMainRouteTable() {
        RouteTable table = ORIGINAL.all(RouteTable.class).stream().filter(t -> t.name().contains("private"))
                .findFirst().orElseThrow();
        Design after = deleting(table.name()).design();
        List<Subnet> subnets = ORIGINAL.all(Subnet.class).stream()
                .filter(s -> table.id().equals(s.routeTableId())).toList();
        assertFalse(subnets.isEmpty());
        subnets.forEach(s -> assertNull(after.get(s.id(), Subnet.class).routeTableId(), s.name() + " stays"));
    }

    @Test
    void aDeletedNatGatewayTakesItsRoutesNotItsRouteTables() {
        NatGateway nat = ORIGINAL.all(NatGateway.class).get(0);
        Design after = deleting(nat.name()).design();
        for (RouteTable t : after.all(RouteTable.class)) {
            t.routes().forEach(r -> assertFalse(nat.id().equals(r.targetId()), t.name()));
        }
        assertEquals(ORIGINAL.all(RouteTable.class).size(), after.all(RouteTable.class).size());
    }

    @Test
    void aDeletedSecurityGroupLeavesOtherGroupsRulesAndMembersLists() {
        SecurityGroup app = ORIGINAL.all(SecurityGroup.class).stream().filter(g -> g.name().endsWith("app-sg"))
                .findFirst().orElseThrow();
        Design after = deleting(app.name()).design();
        SecurityGroup db = after.all(SecurityGroup.class).stream()
                .filter(g -> g.name().equals(app.name().replace("app-sg", "db-sg"))).findFirst().orElseThrow();
        assertTrue(db.ingress().isEmpty(), "the DB's rule from the app SG is gone");
        after.all(AuroraCluster.class).forEach(c -> assertFalse(c.securityGroupIds().contains(app.id())));
    }
}
