package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.Subnet;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The designer's editing paths as a user does them: drag from the palette, connect, edit in the inspector, undo. */
@ExtendWith(ApplicationExtension.class)
class CanvasEditingTest {
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, DesignerFixture.design());
    }

    @BeforeEach
    void freshDesign(FxRobot robot) {
        robot.interact(() -> window.open(DesignerFixture.design(), null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Design design() {
        return window.document().design();
    }

    private void dragFromPalette(FxRobot robot, String kind, Point2D to) {
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undo(FxRobot robot) {
        robot.interact(window::undo);
    }

    private void redo(FxRobot robot) {
        robot.interact(window::redo);
    }

    @Test
    void dropsASubnetIntoAnAzAndAnInstanceIntoThatSubnet(FxRobot robot) {
        String azA = DesignerFixture.id(window, "az-a");
        Bounds az = design().bounds(azA);
        dragFromPalette(robot, "SUBNET", DesignerFixture.at(window, az.centerX(), az.y() + 60));
        Subnet subnet = design().all(Subnet.class).stream().filter(s -> azA.equals(s.azId())).findFirst().orElseThrow();
        assertEquals("subnet", subnet.name());
        Bounds sb = design().bounds(subnet.id());
        dragFromPalette(robot, "EC2_INSTANCE", DesignerFixture.at(window, sb.centerX(), sb.centerY() + 10));
        Ec2Instance instance = design().get(design().byName("ec2-instance").orElseThrow().id(), Ec2Instance.class);
        assertEquals(subnet.id(), instance.subnetId());

        undo(robot);
        assertFalse(design().contains(instance.id()));
        undo(robot);
        assertFalse(design().contains(subnet.id()));
        redo(robot);
        redo(robot);
        assertEquals(subnet.id(), design().get(instance.id(), Ec2Instance.class).subnetId());
    }

    @Test
    void refusesASubnetOutsideAnAzWithTheReason(FxRobot robot) {
        int before = design().size();
        Bounds region = design().bounds(DesignerFixture.id(window, "eu-west-1"));
        dragFromPalette(robot, "SUBNET", DesignerFixture.at(window, region.x() + 40, region.y() + region.height() + 40));
        assertEquals(before, design().size());
        assertEquals("A subnet must be placed inside an availability zone", window.diagram().toastText());
        // the sign is drawn, not the emoji glyph that fonts often lack (it showed as an empty box)
        javafx.scene.Node sign = window.diagram().toastSign();
        assertTrue(sign.isVisible() && sign.getBoundsInParent().getWidth() > 10, "the toast shows its sign");
        assertTrue(sign instanceof javafx.scene.Parent p && !p.getChildrenUnmodifiable().isEmpty()
                && p.lookupAll(".text").isEmpty(), "the sign is shapes, not text");
    }

    @Test
    void movingAnInstanceIntoAnotherSubnetRehomesIt(FxRobot robot) {
        String azA = DesignerFixture.id(window, "az-a");
        Bounds az = design().bounds(azA);
        dragFromPalette(robot, "SUBNET", DesignerFixture.at(window, az.centerX(), az.y() + 60));
        String target = design().byName("subnet").orElseThrow().id();
        Bounds sb = design().bounds(target);
        robot.drag(DesignerFixture.centreOf(window, "web-1"), MouseButton.PRIMARY)
                .moveTo(DesignerFixture.at(window, sb.centerX(), sb.centerY() + 10)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String web1 = DesignerFixture.id(window, "web-1");
        assertEquals(target, design().get(web1, Ec2Instance.class).subnetId());
        undo(robot);
        assertEquals(DesignerFixture.id(window, "public-b"), design().get(web1, Ec2Instance.class).subnetId());
    }

    @Test
    void connectsATargetGroupToATargetFromItsHandle(FxRobot robot) {
        String tg = DesignerFixture.id(window, "web-tg");
        robot.clickOn(DesignerFixture.centreOf(window, "web-tg"));
        Bounds b = design().bounds(tg);
        double scale = window.diagram().viewport().scale();
        Point2D handle = DesignerFixture.at(window, b.x() + b.width() + 2 / scale, b.centerY());
        robot.drag(handle, MouseButton.PRIMARY).moveTo(DesignerFixture.centreOf(window, "web-1"))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String web1 = DesignerFixture.id(window, "web-1");
        assertEquals(List.of(web1), design().get(tg, TargetGroup.class).targetIds());

        undo(robot);
        assertEquals(List.of(), design().get(tg, TargetGroup.class).targetIds());
        redo(robot);
        assertEquals(List.of(web1), design().get(tg, TargetGroup.class).targetIds());
    }

    @Test
    void refusesConnectingATargetGroupToASecurityGroup(FxRobot robot) {
        String tg = DesignerFixture.id(window, "web-tg");
        robot.clickOn(DesignerFixture.centreOf(window, "web-tg"));
        Bounds b = design().bounds(tg);
        double scale = window.diagram().viewport().scale();
        robot.drag(DesignerFixture.at(window, b.x() + b.width() + 2 / scale, b.centerY()), MouseButton.PRIMARY)
                .moveTo(DesignerFixture.centreOf(window, "web-sg")).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), design().get(tg, TargetGroup.class).targetIds());
        assertEquals("A target group registers EC2 instances, Auto Scaling groups, IP targets or ECS services, not a "
                + "security group",
                window.diagram().toastText());
    }

    @Test
    void editsAListenerRulePriorityInTheInspector(FxRobot robot) {
        String rule = DesignerFixture.id(window, "api-rule");
        robot.clickOn(DesignerFixture.centreOf(window, "api-rule"));
        assertEquals(rule, window.inspector().shownId());
        Node priorityCell = robot.lookup("#listener-rules .table-row-cell .table-cell").nth(0).query();
        robot.doubleClickOn(priorityCell).write("30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, design().get(rule, ListenerRule.class).priority());

        undo(robot);
        assertEquals(10, design().get(rule, ListenerRule.class).priority());
        redo(robot);
        assertEquals(30, design().get(rule, ListenerRule.class).priority());
    }

    @Test
    void typesACognitoLoginBeforeTheForwardInTheRulesActionsCell(FxRobot robot) {
        String rule = DesignerFixture.id(window, "api-rule");
        robot.clickOn(DesignerFixture.centreOf(window, "api-rule"));
        Node actionsCell = robot.lookup("#listener-rules .table-row-cell .table-cell").nth(2).query();
        robot.doubleClickOn(actionsCell).write("authenticate-cognito: UserPoolArn=arn:aws:cognito-idp:eu-west-1:"
                + "123456789012:userpool/eu-west-1_abc, UserPoolClientId=client, UserPoolDomain=login; forward: web-tg")
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<dev.archway.model.lb.Action> actions = design().get(rule, ListenerRule.class).actions();
        assertEquals(List.of(dev.archway.model.lb.ActionType.AUTHENTICATE_COGNITO,
                dev.archway.model.lb.ActionType.FORWARD), actions.stream().map(a -> a.type()).toList());
        assertEquals("login", actions.get(0).config().get("UserPoolDomain"));
        assertEquals(List.of(DesignerFixture.id(window, "web-tg")), actions.get(1).targetGroupIds());
    }

    @Test
    void refusesAPriorityTheListenerAlreadyUses(FxRobot robot) {
        String rule = DesignerFixture.id(window, "api-rule");
        robot.clickOn(DesignerFixture.centreOf(window, "api-rule"));
        Node priorityCell = robot.lookup("#listener-rules .table-row-cell .table-cell").nth(0).query();
        robot.doubleClickOn(priorityCell).write("20").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, design().get(rule, ListenerRule.class).priority());
        Node error = robot.lookup("#listener-rules .field-error").query();
        assertNotNull(error);
        assertTrue(error.isVisible());
        assertEquals("⚠ Priority: priority 20 is already used on this listener",
                ((javafx.scene.control.Label) error).getText());
    }

    @Test
    void deletesASubnetWithWhatItHoldsAndUndoRestoresBoth(FxRobot robot) {
        String subnet = DesignerFixture.id(window, "public-b");
        String web1 = DesignerFixture.id(window, "web-1");
        robot.interact(() -> {
            window.selection().set(List.of(subnet));
            window.run(window.edits().delete());
        });
        assertFalse(design().contains(subnet));
        assertFalse(design().contains(web1));
        undo(robot);
        assertTrue(design().contains(subnet));
        assertTrue(design().contains(web1));
    }

    @Test
    void rubberBandSelectsWhatItEncloses(FxRobot robot) {
        Bounds subnet = design().bounds(DesignerFixture.id(window, "public-b"));
        Bounds web1 = design().bounds(DesignerFixture.id(window, "web-1"));
        robot.drag(DesignerFixture.at(window, web1.x() - 6, web1.y() - 6), MouseButton.PRIMARY)
                .moveTo(DesignerFixture.at(window, web1.x() + web1.width() + 6, web1.y() + web1.height() + 6))
                .release(MouseButton.PRIMARY);
        assertTrue(subnet.contains(web1));
        assertEquals(java.util.Set.of(DesignerFixture.id(window, "web-1")), window.selection().ids());
    }

    @Test
    void copiesAndPastesWithTheKeyboard(FxRobot robot) {
        robot.clickOn(DesignerFixture.centreOf(window, "web-1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Ec2Instance copy = design().get(design().byName("web-1-copy").orElseThrow().id(), Ec2Instance.class);
        assertEquals(DesignerFixture.id(window, "public-b"), copy.subnetId());
        undo(robot);
        assertFalse(design().byName("web-1-copy").isPresent());
    }

    @Test
    void showsTheShortcutsWithF1(FxRobot robot) {
        robot.clickOn(DesignerFixture.centreOf(window, "web-1"));
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#shortcuts-overlay").query().isVisible());
        robot.clickOn("#shortcuts-overlay");
        assertFalse(robot.lookup("#shortcuts-overlay").query().isVisible());
    }

    @Test
    void paletteSearchKeepsTheMatchingKinds(FxRobot robot) {
        robot.clickOn("#palette-search").write("gateway");
        List<String> shown = robot.lookup(".palette-item").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((dev.archway.model.ElementKind) n.getUserData()).name()).sorted().toList();
        assertEquals(List.of("INTERNET_GATEWAY", "NAT_GATEWAY"), shown);
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#palette-search").query()).clear());
    }
}
