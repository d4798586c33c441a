package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.app.ui.lesson.LessonPane;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.lesson.StepResult;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson "Public and private subnets" is solvable by hand: every step by palette drags, handles and clicks. */
@ExtendWith(ApplicationExtension.class)
class PublicPrivateLessonByHandTest {
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Preferences prefs = Preferences.userRoot().node("dev/archway/designer-test");
        prefs.remove("view.largeFont");
        window = new DesignerWindow(stage, prefs, Files.createTempDirectory("archway-lesson")
                .resolve("recovery.archway.json"));
        window.open(Examples.defaultDesign(), null);
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
    }

    private LessonPane pane() {
        return window.lessonPane();
    }

    /** Waits for the background checks of the current design, then requires the step to pass. */
    private void stepPasses(int step) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> pane().checkedRevision() == window.document().design().revision());
        WaitForAsyncUtils.waitForFxEvents();
        StepResult result = pane().results().get(step);
        assertTrue(result.passed(), "step " + (step + 1) + ": " + result.firstFailure());
    }

    private void removeIngressRow(FxRobot robot, Gestures g, String peer, String ports) {
        TableView<?> table = robot.lookup("#sg-ingress .table-view").queryAs(TableView.class);
        for (Node row : robot.lookup("#sg-ingress .table-row-cell").queryAll()) {
            String text = robot.from(row).lookup(".table-cell").queryAll().stream()
                    .map(c -> ((javafx.scene.control.Labeled) c).getText()).collect(Collectors.joining(" "));
            if (text.contains(peer) && text.contains(ports)) {
                g.click(robot.point(row).query());
                g.click("#sg-ingress-remove");
                return;
            }
        }
        throw new AssertionError("no ingress row " + peer + " " + ports + " in " + table.getItems());
    }

    @Test
    void aStudentSolvesEveryStepWithGestures(FxRobot robot) throws Exception {
        Gestures g = new Gestures(robot, window);
        g.click("Lessons");
        g.click("Public and private subnets");
        g.click("#tool-fit");

        g.dropFromPalette("INTERNET_GATEWAY", g.inside("Vpc", 0.5, 0.06));
        g.connect("PublicRoutes", "internet-gateway");
        stepPasses(0);
        g.click("#lesson-next");

        g.move("WebServerA", g.inside("AppA", 0.8, 0.5));
        g.click("#inspector-public-ipv4-address");
        g.move("WebServerB", g.inside("AppB", 0.8, 0.5));
        g.click("#inspector-public-ipv4-address");
        stepPasses(1);
        g.click("#lesson-next");

        g.move("NatA", g.inside("PublicA", 0.3, 0.6));
        g.dropFromPalette("NAT_GATEWAY", g.inside("PublicB", 0.3, 0.6));
        g.connect("PrivateRoutesB", "nat-gateway");
        stepPasses(2);
        g.click("#lesson-next");

        g.connect("AlbSecurityGroup", "WebSecurityGroup");
        g.select("WebSecurityGroup");
        removeIngressRow(robot, g, "0.0.0.0/0", "80");
        removeIngressRow(robot, g, "0.0.0.0/0", "22");
        stepPasses(3);
        g.click("#lesson-next");
        assertTrue(pane().complete(), pane().stateText());
        System.out.println("Public and private subnets solved with " + g.count() + " gestures");
    }
}
