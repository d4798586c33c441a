package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.network.SecurityGroup;
import dev.archway.model.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inbound rules of a security group the template takes from outside (an {@code AWS::EC2::SecurityGroup::Id}
 * Parameter), typed in the Assumptions panel: until they are given validation cannot tell whether the listener
 * is reachable; given, it says so either way; undo forgets them again.
 */
@ExtendWith(ApplicationExtension.class)
class OutsideGroupRulesTest {
    private static final Path TEMPLATE = Path.of("../exporters/src/test/resources/assume/alb-with-given-group.yaml");
    private static final String FIELD = "#ingress-LbSecurityGroup";
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, DesignerFixture.design());
    }

    @BeforeEach
    void importTheTemplate(FxRobot robot) {
        DesignerFixture.openOn(robot, window, TEMPLATE, "Assumptions");
    }

    private List<String> listenerPortFindings() {
        return window.findingsPanel().findings().stream().filter(f -> f.ruleId().equals("LB-SG-NO-LISTENER-PORT"))
                .map(f -> f.severity().label() + " " + f.message()).toList();
    }

    private void type(FxRobot robot, String rules) {
        javafx.scene.Node field = robot.lookup(FIELD).query();
        robot.interact(() -> scrollTo(field));
        robot.clickOn(FIELD).push(KeyCode.SHORTCUT, KeyCode.A).write(rules).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the panel's scroll pane (as the user's wheel would) until the field is in view. */
    private static void scrollTo(javafx.scene.Node node) {
        for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane) {
                double y = node.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
                double range = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                pane.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
                return;
            }
        }
    }

    @Test
    void rulesTypedForTheOutsideGroupDecideWhetherTheListenerIsReachable(FxRobot robot) {
        assertEquals(1, listenerPortFindings().size(), listenerPortFindings().toString());
        assertTrue(listenerPortFindings().get(0).startsWith("info "), listenerPortFindings().toString());
        type(robot, "tcp 8080 from 0.0.0.0/0");
        assertEquals(List.of(), listenerPortFindings());
        SecurityGroup group = window.document().design().all(SecurityGroup.class).get(0);
        assertEquals(8080, group.ingress().get(0).fromPort());
        type(robot, "tcp 80 from 0.0.0.0/0");
        assertEquals(1, listenerPortFindings().size());
        assertFalse(listenerPortFindings().get(0).startsWith("info "), listenerPortFindings().toString());
        robot.interact(window.workspace()::undo);
        robot.interact(window.workspace()::undo);
        assertTrue(listenerPortFindings().get(0).startsWith("info "), listenerPortFindings().toString());
    }

    @Test
    void aLineThatIsNotARuleIsRefusedAndChangesNothing(FxRobot robot) {
        type(robot, "tcp from anywhere");
        assertEquals(1, listenerPortFindings().size());
        assertTrue(listenerPortFindings().get(0).startsWith("info "), listenerPortFindings().toString());
        assertFalse(window.document().stack().canUndo(), "nothing to undo");
    }
}
