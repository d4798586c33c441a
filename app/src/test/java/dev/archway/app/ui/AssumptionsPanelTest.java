package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.app.ui.canvas.CanvasOverlays.ConditionBadge;
import dev.archway.model.lb.Listener;
import dev.archway.model.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Assumptions panel on an imported template (an ALB in subnets given at deploy time, its listener port and
 * environment as Parameters), driven as a user drives it: the findings follow each change, which undo takes back.
 */
@ExtendWith(ApplicationExtension.class)
class AssumptionsPanelTest {
    private static final Path TEMPLATE = Path.of("../exporters/src/test/resources/assume/alb-in-given-subnets.yaml");
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, DesignerFixture.design());
    }

    @BeforeEach
    void importTheTemplate(FxRobot robot) {
        DesignerFixture.openOn(robot, window, TEMPLATE, "Assumptions");
    }

    /** Opens a choice box and clicks an item of its list. */
    private static void choose(FxRobot robot, String box, String item) {
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item))
                .<javafx.scene.Node>query());
    }

    private List<String> findings() {
        return window.findingsPanel().findings().stream().map(Finding::summary).toList();
    }

    @Test
    void aParameterTypedInThePanelChangesWhatValidationFinds(FxRobot robot) {
        assertFalse(findings().contains("LB-SG-NO-LISTENER-PORT [Alb, Listener]"), findings().toString());
        robot.doubleClickOn("#param-ListenerPort").eraseText(4).write("8080").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8080, window.document().design().all(Listener.class).get(0).port());
        assertTrue(findings().contains("LB-SG-NO-LISTENER-PORT [Alb, Listener]"), findings().toString());
        robot.doubleClickOn("#param-ListenerPort").eraseText(6).write("80").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(findings().contains("LB-SG-NO-LISTENER-PORT [Alb, Listener]"), findings().toString());
        robot.interact(window.workspace()::undo);
        assertTrue(findings().contains("LB-SG-NO-LISTENER-PORT [Alb, Listener]"), findings().toString());
    }

    @Test
    void aChosenEnvironmentSwitchesTheConditionAndItsBadge(FxRobot robot) {
        String prodTg = DesignerFixture.id(window, "ProdTg");
        assertEquals(new ConditionBadge("IsProd", false), window.diagram().overlays().conditions().get(prodTg));
        assertEquals("false", robot.lookup("#condition-IsProd").queryAs(Label.class).getText());
        choose(robot, "#param-Env", "prod");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("true", robot.lookup("#condition-IsProd").queryAs(Label.class).getText());
        assertEquals(new ConditionBadge("IsProd", true), window.diagram().overlays().conditions().get(prodTg));
    }

    @Test
    void zonesChosenForTheOutsideSubnetsDecideTheTwoAzRule(FxRobot robot) {
        assertTrue(findings().contains("LB-TWO-AZ [Alb, Subnets 1, Subnets 2]"), findings().toString());
        choose(robot, "#az-Subnets-1", "1st");
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#az-Subnets-2", "2nd");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(findings().stream().anyMatch(f -> f.startsWith("LB-TWO-AZ")), findings().toString());
        choose(robot, "#az-Subnets-2", "1st");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(findings().contains("LB-TWO-AZ [Alb]"), findings().toString());
    }
}
