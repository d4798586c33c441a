package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.examples.Examples;
import dev.archway.exporters.lesson.Lessons;
import dev.archway.model.Design;
import dev.archway.model.ElementKind;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.edit.ElementFactory;
import dev.archway.model.network.Subnet;
import java.util.concurrent.CountDownLatch;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Regression tests for the designer bugs of issue 15. */
@ExtendWith(ApplicationExtension.class)
class DesignerBugsTest {
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, DesignerFixture.design());
    }

    @Test
    void openWaitsForTheWindowToCloseSoTheCliDoesNotExitUnderIt(FxRobot robot) {
        CountDownLatch closed = new CountDownLatch(1);
        robot.interact(() -> {
            Stage other = new Stage();
            DesignerApp.whenClosed(other, closed);
            other.show();
        });
        assertEquals(1, closed.getCount());
        robot.interact(() -> Stage.getWindows().stream().filter(w -> w != window.stage()).toList()
                .forEach(javafx.stage.Window::hide));
        assertEquals(0, closed.getCount());
    }

    @Test
    void openingAnotherDesignClosesTheLesson(FxRobot robot) throws Exception {
        var lesson = Lessons.open("public-private-subnets");
        robot.interact(() -> assertTrue(window.lessons().start(lesson)));
        assertTrue(window.lessonShowing());
        robot.interact(() -> window.open(Examples.defaultDesign(), null));
        assertFalse(window.lessonShowing());
    }

    @Test
    void theExportPreviewFollowsAnEditThatMakesTheDesignUnexportableAndItsUndo(FxRobot robot) {
        robot.interact(() -> {
            window.open(DesignerFixture.design(), null);
            window.panels().getSelectionModel().select(window.panels().getTabs().stream()
                    .filter(t -> t.getId().equals("tab-export")).findFirst().orElseThrow());
            window.exportPanel().select("CloudFormation template (YAML)");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.exportPanel().previewText().contains("AWSTemplateFormatVersion"));
        Design d = window.document().design();
        Subnet subnet = d.all(Subnet.class).get(0);
        robot.interact(() -> window.document().execute(new PutElementCommand("Loose DB instance",
                ElementFactory.create(d, ElementKind.DB_INSTANCE, subnet))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.exportPanel().previewText().startsWith("This design cannot be exported"),
                window.exportPanel().previewText());
        robot.interact(window::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.exportPanel().previewText().contains("AWSTemplateFormatVersion"));
    }

    @Test
    void escapeClosesTheShortcutsOverlay(FxRobot robot) {
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#shortcuts-overlay").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#shortcuts-overlay").query().isVisible());
    }

    @Test
    void anEmptyDesignShowsAStartHintAndOneElementIsSingular(FxRobot robot) {
        robot.interact(() -> window.open(new Design("Untitled"), null));
        assertFalse(window.diagram().startHintText().isEmpty(), "an empty design says how to start");
        robot.drag("#palette-REGION").moveTo(robot.point(".diagram").query()).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", window.diagram().startHintText());
        assertTrue(robot.lookup(".status-bar .label").queryAll().stream().map(n -> ((javafx.scene.control.Label) n)
                .getText()).anyMatch("1 element · 1 selected"::equals));
    }
}
