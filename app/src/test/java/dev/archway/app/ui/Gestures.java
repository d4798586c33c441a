package dev.archway.app.ui;

import dev.archway.model.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does with mouse and keyboard, aimed at elements by name, and counted. */
final class Gestures {
    private final FxRobot robot;
    private final DesignerWindow window;
    private int count;

    Gestures(FxRobot robot, DesignerWindow window) {
        this.robot = robot;
        this.window = window;
    }

    int count() {
        return count;
    }

    /** Counts a gesture the test made itself. */
    void counted() {
        count++;
    }

    private void done() {
        count++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    Bounds bounds(String name) {
        return window.document().design().bounds(DesignerFixture.id(window, name));
    }

    Point2D centre(String name) {
        return DesignerFixture.centreOf(window, name);
    }

    /** A point inside an element, as fractions of its width and height. */
    Point2D inside(String name, double fx, double fy) {
        Bounds b = bounds(name);
        return DesignerFixture.at(window, b.x() + b.width() * fx, b.y() + b.height() * fy);
    }

    void click(Point2D p) {
        robot.clickOn(p);
        done();
    }

    void click(String query) {
        robot.clickOn(query);
        done();
    }

    void select(String name) {
        click(centre(name));
    }

    void dropFromPalette(String kind, Point2D at) {
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(at).release(MouseButton.PRIMARY);
        done();
    }

    /** Ctrl+Shift+key. */
    void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(key).release(KeyCode.SHIFT, KeyCode.CONTROL);
        done();
    }

    void move(String name, Point2D to) {
        robot.drag(centre(name), MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        done();
    }

    /** Selects {@code from} and drags its round handle onto {@code to}: a connection. */
    void connect(String from, String to) {
        select(from);
        connectSelected(from, to);
    }

    /** Drags the round handle of {@code from}, already selected, onto {@code to}. */
    void connectSelected(String from, String to) {
        Bounds b = bounds(from);
        double scale = window.diagram().viewport().scale();
        Point2D handle = DesignerFixture.at(window, b.x() + b.width() + 2 / scale, b.centerY());
        robot.drag(handle, MouseButton.PRIMARY).moveTo(centre(to)).release(MouseButton.PRIMARY);
        done();
    }

    /** Replaces a text field's content and presses Enter. */
    void type(String fieldQuery, String text) {
        robot.doubleClickOn(fieldQuery).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(text).type(KeyCode.ENTER);
        done();
    }
}
