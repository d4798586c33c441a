package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A folder of stacks that work together (network, load balancer, service) opened in the designer: the File menu
 * offers it, and the inspector says which stack and template each element comes from.
 */
@ExtendWith(ApplicationExtension.class)
class StackSetDesignerTest {
    private static final Path FOLDER = Path.of("../exporters/src/test/resources/cfn/cross-stack");
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, DesignerFixture.design());
    }

    @Test
    void theFileMenuOpensAFolderOfStacks(FxRobot robot) {
        robot.clickOn("File");
        assertTrue(robot.lookup("Open folder of stacks…").tryQuery().isPresent());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void theInspectorNamesTheStackOfTheClickedElement(FxRobot robot) {
        robot.interact(() -> assertTrue(window.files().openFile(FOLDER)));
        robot.interact(window.diagram()::fitToScreen);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(DesignerFixture.centreOf(window, "HttpListener"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DesignerFixture.id(window, "HttpListener"), window.inspector().shownId());
        String kind = robot.lookup(".inspector-kind").queryAs(Label.class).getText();
        assertTrue(kind.endsWith("\nstack load-balancer"), kind);
    }
}
