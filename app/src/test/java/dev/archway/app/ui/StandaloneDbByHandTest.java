package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.db.DbInstance;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.rule.Finding;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: an RDS instance outside Aurora is made and edited in the inspector, and validation follows it. */
@ExtendWith(ApplicationExtension.class)
class StandaloneDbByHandTest {
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Design d = DesignerFixture.design();
        String az = d.all(AvailabilityZone.class).get(0).id();
        d.put(new DbInstance("reports", "Reports", null, az, "db.t3.micro", 1, false));
        window = DesignerFixture.open(stage, d);
    }

    private DbInstance reports() {
        return window.document().design().get("reports", DbInstance.class);
    }

    private boolean warnsSingleAz() {
        return window.findingsPanel().findings().stream().map(Finding::ruleId).anyMatch("RDS-SINGLE-AZ"::equals);
    }

    @Test
    void anInstanceOfItsOwnGetsAStandbyByHand(FxRobot robot) {
        robot.clickOn(DesignerFixture.centreOf(window, "Reports"));
        robot.clickOn("#inspector-rds-instance-of-its-own-not-aurora");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reports().isStandalone());
        assertTrue(warnsSingleAz(), "a single-AZ instance has no standby");

        robot.doubleClickOn("#inspector-engine").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("postgres").type(KeyCode.ENTER);
        robot.doubleClickOn("#inspector-port").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("5432").type(KeyCode.ENTER);
        robot.clickOn("#inspector-multi-az-a-standby-in-another-zone");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("postgres", reports().standalone().engine());
        assertEquals(5432, reports().standalone().port());
        assertTrue(reports().standalone().multiAz());
        assertFalse(warnsSingleAz());

        robot.interact(window::undo);
        assertFalse(reports().standalone().multiAz());
        assertTrue(warnsSingleAz());
        robot.interact(window::undo);
        robot.interact(window::undo);
        robot.interact(window::undo);
        assertNull(reports().standalone());
    }
}
