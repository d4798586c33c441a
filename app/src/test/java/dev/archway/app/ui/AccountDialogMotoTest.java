package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.account.AccountImport;
import dev.archway.account.ImportProgress;
import dev.archway.account.MotoAccount;
import dev.archway.account.MotoServer;
import dev.archway.app.emulator.EmulatedShop;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.diff.Drift;
import dev.archway.model.edit.Edit;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleCondition;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * File > Import from AWS account… and Compare with AWS account…, driven with real gestures against moto's emulated
 * account: the import opens as a new unsaved design; the comparison draws one changed rule on the canvas and lists
 * it; Cancel stops waiting on an endpoint that never answers.
 */
@ExtendWith({MotoServer.class, ApplicationExtension.class})
class AccountDialogMotoTest {
    private static EmulatedShop emulated;
    private static MotoAccount shop;
    private DesignerWindow window;

    @TempDir
    Path dir;

    @BeforeAll
    static void populate(MotoServer moto) throws Exception {
        emulated = EmulatedShop.populate(moto);
        shop = emulated.account();
    }

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, DesignerFixture.design());
    }

    private void read(FxRobot robot, String menuItem, String endpoint) {
        robot.clickOn("File").clickOn(menuItem);
        robot.clickOn("#account-region").write(MotoServer.REGION);
        robot.clickOn("#account-endpoint").write(endpoint);
        robot.clickOn("#account-start");
    }

    @Test
    void importsTheAccountAsANewUnsavedDesign(FxRobot robot) throws Exception {
        read(robot, "Import from AWS account…", emulated.moto().endpoint().toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.document().design().contains(shop.hostRule));
        WaitForAsyncUtils.waitForFxEvents();

        Design imported = window.document().design();
        assertEquals(10, imported.get(shop.hostRule, ListenerRule.class).priority());
        assertEquals(List.of(RuleCondition.host("api.shop.example")),
                imported.get(shop.hostRule, ListenerRule.class).conditions());
        assertTrue(imported.contains(shop.webInstance) && imported.contains(shop.webGroup) && imported.contains(shop.cluster));
        assertNull(window.document().file(), "a new design, not yet saved anywhere");
        assertTrue(window.statusBar().message().startsWith("Imported " + imported.size() + " elements from the account"),
                window.statusBar().message());
        Path saved = dir.resolve("account.archway.json");
        robot.interact(() -> assertTrue(window.files().saveTo(saved)));
        assertEquals(imported, DesignFile.read(saved));
    }

    @Test
    void comparesTheOpenDesignWithTheAccountAndDrawsTheDrift(FxRobot robot) throws Exception {
        Design design = AccountImport.read(emulated.moto().request(List.of()), ImportProgress.NONE).design();
        robot.interact(() -> window.open(design, null));
        try (ElasticLoadBalancingV2Client elb = emulated.elb()) {
            elb.modifyRule(r -> r.ruleArn(shop.pathRule).conditions(c -> c.field("path-pattern")
                    .pathPatternConfig(p -> p.values("/older/*"))));
        }

        read(robot, "Compare with AWS account…", emulated.moto().endpoint().toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.driftPanel().drift() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Drift drift = window.driftPanel().drift();
        assertEquals(List.of(shop.pathRule), drift.diff().changed(), drift.diff().toString());
        assertEquals(List.of(), drift.accountOnly());
        assertEquals(List.of(), drift.designOnly());
        assertSame(drift.diff(), window.diagram().overlays().diff(), "drawn on the canvas");
        assertEquals("Drift from the account", window.diagram().overlays().diffLabels().title());
        assertEquals("tab-drift", window.panels().getSelectionModel().getSelectedItem().getId());
        assertEquals(1, robot.lookup("#drift-list").queryAs(ListView.class).getItems().size());

        closeDialogIfOpen(robot);
        robot.clickOn("#drift-on-canvas");
        assertNull(window.diagram().overlays().diff(), "Show on canvas takes it off again");

        ListenerRule rule = window.document().design().get(shop.pathRule, ListenerRule.class);
        robot.interact(() -> window.run(Edit.of(new PutElementCommand("Take the account's path",
                rule.withConditions(List.of(RuleCondition.path("/older/*")))))));
        assertTrue(window.driftPanel().drift().isEmpty(), "the Drift tab follows the design as it is edited");
        assertEquals("No drift: the account matches the design.",
                robot.lookup("#drift-summary").queryAs(Labeled.class).getText());
    }

    @Test
    void cancelStopsWaitingOnAnEndpointThatNeverAnswers(FxRobot robot) throws Exception {
        Design before = window.document().design();
        try (ServerSocket silent = new ServerSocket(0)) {
            read(robot, "Import from AWS account…", "http://127.0.0.1:" + silent.getLocalPort());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#account-progress-ec2").queryAll()
                    .isEmpty());
            robot.clickOn("#account-cancel");
            assertEquals("Cancelled: nothing was imported.", robot.lookup("#account-message").queryAs(Labeled.class)
                    .getText());
            assertFalse(robot.lookup("#account-start").queryAs(Button.class).isDisabled());
            assertEquals("Close", robot.lookup("#account-cancel").queryAs(Button.class).getText());
        }
        assertSame(before, window.document().design());
        robot.clickOn("#account-cancel");
    }

    /** The dialog stays open when the account gave warnings to read; Close is its Cancel button then. */
    private static void closeDialogIfOpen(FxRobot robot) {
        if (!robot.lookup("#account-cancel").queryAll().isEmpty()) {
            assertEquals("Close", robot.lookup("#account-cancel").queryAs(Button.class).getText());
            robot.clickOn("#account-cancel");
        }
    }
}
