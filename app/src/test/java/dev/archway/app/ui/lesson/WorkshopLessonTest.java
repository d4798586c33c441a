package dev.archway.app.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.app.ui.DesignerWindow;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.lb.TargetGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A teacher's lesson run end to end in the designer: the first step fails with its text, a hint, the solution as a
 * diff, applying it, Next to the end, and Undo bringing the student's design back; and the presenter's large font.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopLessonTest {
    private static final String LESSON = """
            formatVersion: 1
            id: blog-routing
            title: Route the blog
            summary: One load balancer, two sites.
            startDesign: start.archway.json
            solutionDesign: example:01-alb-host-routing.archway.json
            steps:
              - title: The blog has no rule
                explanation: Requests for blog.example.net reach the HTTPS listener, and no rule picks them.
                task: Forward blog.example.net to BlogTargets, with both blog servers registered.
                hints:
                  - Add a listener rule with a HOST_HEADER condition.
                  - Register BlogB in BlogTargets too.
                checks:
                  - request: GET https://blog.example.net/
                    expect: {outcome: forwarded, targetGroup: BlogTargets}
                    failure: the blog's home page should reach BlogTargets
                  - count: EC2_INSTANCE
                    min: 2
              - title: The shop still works
                explanation: Nothing you did should change the shop.
                task: Check that the API still reaches its servers.
                checks:
                  - request: GET https://www.example.com/api/orders
                    expect: {targetGroup: ApiTargets}
            """;
    private DesignerWindow window;
    private Path lessonFile;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("archway-lesson");
        Preferences prefs = Preferences.userRoot().node("dev/archway/designer-test");
        prefs.remove("view.largeFont");
        window = new DesignerWindow(stage, prefs, dir.resolve("recovery.archway.json"));
        window.open(Examples.defaultDesign(), null);
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        Design start = Examples.load("01-alb-host-routing.archway.json");
        start.remove("BlogRule");
        TargetGroup blog = start.get("BlogTargets", TargetGroup.class);
        start.put(blog.withTargets(blog.targets().subList(0, 1)));
        DesignFile.write(start, dir.resolve("start.archway.json"));
        lessonFile = Files.writeString(dir.resolve("blog.lesson.yaml"), LESSON);
    }

    private LessonPane pane() {
        return window.lessonPane();
    }

    private void awaitChecks() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> pane().checkedRevision() == window.document().design().revision());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).<Label>query().getText();
    }

    @Test
    void aLessonRunsFromAFailingFirstStepToTheEndAndUndoBringsTheFailureBack(FxRobot robot) throws Exception {
        robot.interact(() -> assertTrue(window.lessons().start(lessonFile)));
        awaitChecks();
        assertTrue(window.lessonShowing());
        assertEquals("Route the blog", text(robot, "#lesson-title"));
        assertEquals("One load balancer, two sites.", text(robot, "#lesson-summary"));
        assertEquals("Step 1 of 2", text(robot, "#lesson-progress"));
        assertEquals("✘ the blog's home page should reach BlogTargets", text(robot, "#lesson-check-0"));
        assertTrue(robot.lookup(".lesson-check-detail").<Label>query().getText().contains("not BlogTargets"));
        assertTrue(robot.lookup("#lesson-next").<Button>query().isDisabled(), "a failing step cannot be left");

        robot.clickOn("#lesson-hint");
        assertEquals(List.of("Hint 1: Add a listener rule with a HOST_HEADER condition."), pane().shownHints());

        robot.clickOn("#lesson-reveal");
        assertEquals(List.of("BlogRule"), pane().shownDiff().added());
        assertEquals(List.of("BlogTargets"), pane().shownDiff().changed());
        assertSame(pane().shownDiff(), window.diagram().overlays().diff(), "the diff is drawn on the canvas");

        robot.clickOn("#lesson-apply");
        awaitChecks();
        assertNull(window.diagram().overlays().diff());
        assertTrue(text(robot, "#lesson-check-0").startsWith("✔ "));
        robot.clickOn("#lesson-next");
        awaitChecks();
        assertEquals("Step 2 of 2  ·  1 done", text(robot, "#lesson-progress"));
        robot.clickOn("#lesson-next");
        assertTrue(pane().complete());
        assertTrue(pane().stateText().contains("Lesson complete"));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        awaitChecks();
        assertFalse(pane().results().get(0).passed(), "undo restores the student's design");
        robot.clickOn("#lesson-back");
        assertEquals("✘ the blog's home page should reach BlogTargets", text(robot, "#lesson-check-0"));
    }

    @Test
    void aBundledLessonStartsFromTheMenuAndItsSolutionWalksEveryStep(FxRobot robot) throws Exception {
        robot.clickOn("#menu-lessons").clickOn("Host- and path-based routing for two domains");
        awaitChecks();
        assertEquals("Step 1 of 4", text(robot, "#lesson-progress"));
        assertFalse(pane().results().get(0).passed());
        assertNull(window.inspector().getScene(), "the lesson pane takes the inspector's place");
        robot.interact(() -> window.selection().set(List.of(window.document().design().elements().iterator().next().id())));
        assertNotNull(window.inspector().getScene(), "selecting an element brings the inspector back");
        robot.interact(() -> window.selection().clear());
        assertNull(window.inspector().getScene());

        robot.clickOn("#lesson-apply");
        awaitChecks();
        for (int step = 1; step <= 4; step++) {
            assertTrue(pane().results().get(step - 1).passed(), "step " + step);
            robot.clickOn("#lesson-next");
            awaitChecks();
        }
        assertTrue(pane().complete());
    }

    @Test
    void aLoadSpreadCheckShowsTheSpreadItMeasuresOnTheDiagram(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().start(dev.archway.exporters.lesson.Lessons.open("az-failure")));
        awaitChecks();
        robot.clickOn("#lesson-apply");
        awaitChecks();
        robot.clickOn("#lesson-next");
        awaitChecks();
        robot.clickOn("#lesson-next");
        awaitChecks();
        assertEquals(2, pane().currentStep(), "step 3: cross-zone load balancing");
        robot.interact(() -> pane().showInSimulation(0));
        assertTrue(window.simulationPanel().outcomeText().startsWith("10,000 requests: 10000 forwarded"),
                window.simulationPanel().outcomeText());
        assertEquals(4, window.diagram().overlays().shares().size(), "each broker's share is coloured");
    }

    @Test
    void aRequestCheckIsSteppedThroughInTheSimulation(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().start(lessonFile));
        awaitChecks();
        robot.clickOn("#lesson-simulate-0");
        assertNotNull(window.simulationPanel().lastTrace());
        assertEquals("tab-simulation", window.panels().getSelectionModel().getSelectedItem().getId());
        int hops = window.diagram().overlays().path().size();
        assertTrue(hops > 3, "the path is drawn on the diagram");
        assertTrue(window.simulationPanel().shownHops() < hops, "one hop after another");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.simulationPanel().shownHops() == hops);
    }

    @Test
    void startingALessonAsksAboutUnsavedChangesAndCancelKeepsTheDesign(FxRobot robot) throws Exception {
        Design before = window.document().design();
        robot.interact(() -> window.document().execute(new dev.archway.model.command.PutElementCommand("Rename",
                before.byName("ShopA").orElseThrow().withName("ShopAlpha"))));
        javafx.application.Platform.runLater(() -> window.lessons().start(lessonFile));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, window.document().design());
        assertTrue(before.byName("ShopAlpha").isPresent(), "the unsaved edit is still there");
        assertFalse(window.lessonShowing());
    }

    @Test
    void aBrokenLessonFileIsRefusedInOneLineAndTheDesignStays(FxRobot robot) throws Exception {
        Path broken = Files.writeString(lessonFile.resolveSibling("broken.lesson.yaml"),
                "formatVersion: 1\nid: x\ntitle: X\nstartDesign: start.archway.json\nsteps: []\n");
        Design before = window.document().design();
        robot.interact(() -> assertFalse(window.lessons().start(broken)));
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryAll().forEach(b -> ((Button) b).fire()));
        assertSame(before, window.document().design());
        assertTrue(window.statusBar().message().contains("broken.lesson.yaml"), window.statusBar().message());
        assertTrue(window.statusBar().message().contains("steps"), window.statusBar().message());
    }

    @Test
    void theLargeFontShortcutEnlargesTheInterfaceAndTheCanvasLabels(FxRobot robot) {
        double before = robot.lookup("#status-message").<Label>query().getFont().getSize();
        robot.clickOn(window.diagram());
        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.stage().getScene().getRoot().applyCss());
        assertTrue(window.isLargeFont());
        assertTrue(robot.lookup("#status-message").<Label>query().getFont().getSize() > before * 1.3);
        assertTrue(window.diagram().textScale() > 1.3);
        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isLargeFont());
        assertEquals(1, window.diagram().textScale());
    }
}
