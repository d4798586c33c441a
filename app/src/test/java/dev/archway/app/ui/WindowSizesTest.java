package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.examples.Examples;
import dev.archway.exporters.lesson.Lessons;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at a laptop's 1280x800 and a projector's 1920x1080, in the states a class sees (the default design,
 * a lesson with an element selected, a simulated request, presenter mode): every labelled control shows its whole
 * text, and the default design opens with labels a room can read.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizesTest {
    private static final int[][] SIZES = {{1280, 800}, {1920, 1080}};
    private DesignerWindow window;
    private Stage stage;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        Preferences prefs = Preferences.userRoot().node("dev/archway/designer-test-sizes");
        prefs.clear();
        window = new DesignerWindow(stage, prefs, Files.createTempDirectory("archway-sizes").resolve("r.archway.json"));
        window.open(Examples.defaultDesign(), null);
        stage.show();
    }

    private void resize(FxRobot robot, int[] size) {
        robot.interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.diagram().fitToScreen();
            window.diagram().paintNow();
        });
    }

    @Test
    void opensTheDefaultDesignWithLabelsOfAtLeastElevenPixels(FxRobot robot) {
        for (int[] size : SIZES) {
            resize(robot, size);
            double px = window.diagram().smallestLabelPx();
            assertTrue(px >= 11, size[0] + "x" + size[1] + ": smallest label " + px + " px at zoom "
                    + window.diagram().viewport().scale() + " in " + window.diagram().getWidth() + "x"
                    + window.diagram().getHeight());
        }
    }

    @Test
    void truncatesNoLabelledControlInTheDefaultWindow(FxRobot robot) {
        assertNothingTruncated(robot, "default");
    }

    @Test
    void truncatesNothingWithALessonOpenAndAnElementSelected(FxRobot robot) throws Exception {
        robot.interact(this::startLesson);
        robot.interact(() -> window.selection().set(List.of(window.document().design().byName("LoadBalancer")
                .orElseThrow().id())));
        assertNothingTruncated(robot, "lesson with a selection");
    }

    @Test
    void truncatesNothingInTheInspectorOfAnyElement(FxRobot robot) {
        java.util.Map<dev.archway.model.ElementKind, String> firstOfKind = new java.util.TreeMap<>();
        window.document().design().elements().forEach(e -> firstOfKind.putIfAbsent(e.kind(), e.id()));
        for (String id : firstOfKind.values()) {
            robot.interact(() -> window.selection().set(List.of(id)));
            assertNothingTruncated(robot, window.document().design().nameOf(id) + " selected");
        }
    }

    private void startLesson() {
        try {
            window.lessons().start(Lessons.open("host-path-routing"));
        } catch (dev.archway.exporters.InputException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void truncatesNothingWithASimulatedRequestShown(FxRobot robot) {
        robot.interact(() -> {
            window.panels().getSelectionModel().select(1);
            window.simulationPanel().setRequest("GET https://www.example.com/api/orders");
            window.simulationPanel().send();
            window.simulationPanel().showAll();
        });
        assertNothingTruncated(robot, "simulation");
    }

    @Test
    void showsAtLeastSixStepsOfTheSimulatedPathAtEverySize(FxRobot robot) {
        robot.interact(() -> {
            window.panels().getSelectionModel().select(1);
            window.simulationPanel().setRequest("GET https://www.example.com/api/orders");
            window.simulationPanel().send();
            window.simulationPanel().showAll();
        });
        for (int[] size : SIZES) {
            resize(robot, size);
            TableView<?> trace = robot.lookup("#sim-trace").queryAs(TableView.class);
            assertTrue(trace.getItems().size() >= 6, "the path has " + trace.getItems().size() + " steps");
            double header = trace.lookup(".column-header-background").getLayoutBounds().getHeight();
            double row = trace.lookup(".table-row-cell").getLayoutBounds().getHeight();
            double rows = (trace.getHeight() - header) / row;
            assertTrue(rows >= 6, size[0] + "x" + size[1] + ": " + rows + " rows of " + row + " px in a table "
                    + trace.getHeight() + " px tall");
        }
    }

    @Test
    void truncatesNothingInPresenterModeAndZoomsTheDiagramToo(FxRobot robot) {
        resize(robot, SIZES[1]);
        double before = window.diagram().viewport().scale();
        robot.interact(() -> window.appearance().toggleLargeFont());
        assertEquals(before * 1.45, window.diagram().viewport().scale(), 1e-9);
        assertNothingTruncated(robot, "presenter");
        robot.interact(this::startLesson);
        assertNothingTruncated(robot, "presenter with a lesson");
        robot.interact(() -> window.appearance().toggleLargeFont());
    }

    private void assertNothingTruncated(FxRobot robot, String state) {
        List<String> cut = new ArrayList<>();
        for (int[] size : SIZES) {
            resize(robot, size);
            robot.interact(() -> truncated(stage.getScene().getRoot(), cut, size[0] + "x" + size[1]));
        }
        assertEquals(List.of(), cut, state);
    }

    /** Labelled controls showing less than their text (table and list cells cut long values by design). */
    private static void truncated(Node node, List<String> out, String size) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getWidth() > 0) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().replace("\n", " ").strip()
                    .equals(l.getText().replace("\n", " ").strip())) {
                out.add(size + ": " + l.getClass().getSimpleName() + " '" + l.getText() + "' shows '" + t.getText() + "'");
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> truncated(c, out, size));
        }
    }
}
