package dev.archway.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.command.CommandStack;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A student's design against a lesson's solution: what to add, remove and change, and one command to get there. */
class DesignDiffTest {

    private static DesignBuilder start() {
        DesignBuilder b = new DesignBuilder("Lesson");
        String region = b.region("Region", "eu-west-1");
        String vpc = b.vpc("Vpc", region, "10.0.0.0/16");
        String az = b.az("AzA", vpc, "eu-west-1a");
        String igw = b.internetGateway("Igw", vpc);
        String rt = b.publicRouteTable("PublicRoutes", vpc, igw);
        b.subnet("PublicA", vpc, az, "10.0.0.0/24", rt);
        b.securityGroup("WebSg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0")));
        b.place("Vpc", 0, 0, 600, 400);
        return b;
    }

    private static Design solution() {
        DesignBuilder b = start();
        b.instance("Web1", "PublicA", List.of("WebSg"));
        b.place("Web1", 40, 60, 80, 80);
        Design d = b.build();
        d.remove("Igw");
        SecurityGroup sg = d.get("WebSg", SecurityGroup.class);
        d.put(sg.withIngress(List.of(SgRule.tcp(443, "0.0.0.0/0"))));
        d.setBounds("Vpc", new Bounds(0, 0, 800, 400));
        return d;
    }

    @Test
    void listsWhatTheTargetAddsRemovesAndChanges() {
        DesignDiff diff = DesignDiff.between(start().build(), solution());
        assertEquals(List.of("Web1"), diff.added());
        assertEquals(List.of("Igw"), diff.removed());
        assertEquals(List.of("Vpc", "WebSg"), diff.changed());
    }

    @Test
    void namesTheFieldsThatChangedAndAMoveAsLayout() {
        DesignDiff diff = DesignDiff.between(start().build(), solution());
        assertEquals(List.of("ingress"), fields(diff, "WebSg"));
        assertEquals(List.of("layout"), fields(diff, "Vpc"));
    }

    private static List<String> fields(DesignDiff diff, String id) {
        return diff.of(ElementChange.Type.CHANGED).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()
                .fields();
    }

    @Test
    void aDesignDoesNotDifferFromItsCopy() {
        Design d = solution();
        assertTrue(DesignDiff.between(d, d.copy()).isEmpty());
    }

    @Test
    void aTargetThatDoesNotPlaceAnElementKeepsItsPlace() {
        Design placed = start().build();
        Design unplaced = placed.copy();
        unplaced.setBounds("Vpc", null);
        assertTrue(DesignDiff.between(placed, unplaced).isEmpty());
    }

    @Test
    void itsCommandTurnsTheDesignIntoTheTargetAndUndoRestoresIt() {
        Design student = start().build();
        Design before = student.copy();
        Design target = solution();
        CommandStack stack = new CommandStack(student);
        stack.execute(DesignDiff.between(student, target).command("Apply solution"));
        assertTrue(DesignDiff.between(student, target).isEmpty(), "nothing left to change");
        assertEquals(target.layout(), student.layout());
        stack.undo();
        assertEquals(before, student);
    }

    @Test
    void applyingIsOneUndoStepThatListenersHearOnce() {
        Design student = start().build();
        CommandStack stack = new CommandStack(student);
        List<Integer> events = new java.util.ArrayList<>();
        student.addListener((d, ids) -> events.add(ids.size()));
        stack.execute(DesignDiff.between(student, solution()).command("Apply solution"));
        assertEquals(1, events.size());
        assertEquals(java.util.Optional.of("Apply solution"), stack.undoLabel());
        stack.undo();
        assertTrue(!stack.canUndo());
    }

    @Test
    void anElementRemovedToFreeItsNameForAnAddedOneIsRemovedFirst() {
        Design student = start().build();
        Design target = student.copy();
        SecurityGroup old = target.get("WebSg", SecurityGroup.class);
        target.remove("WebSg");
        target.put(new SecurityGroup("sg-new", "WebSg", old.vpcId(), old.description(), old.ingress(),
                old.egress()));
        new CommandStack(student).execute(DesignDiff.between(student, target).command("Apply"));
        assertEquals("sg-new", student.byName("WebSg").orElseThrow().id());
    }

    @Test
    void twoElementsCanSwapTheirNames() {
        Design student = start().build();
        Design target = student.copy();
        target.remove("PublicRoutes");
        target.remove("Igw");
        Design source = start().build();
        target.put(source.get("Igw").withName("PublicRoutes"));
        target.put(source.get("PublicRoutes").withName("Igw"));
        CommandStack stack = new CommandStack(student);
        stack.execute(DesignDiff.between(student, target).command("Apply"));
        assertEquals("PublicRoutes", student.nameOf("Igw"));
        assertEquals("Igw", student.nameOf("PublicRoutes"));
        assertEquals(target.layout(), student.layout());
        stack.undo();
        assertEquals(source, student);
    }
}
