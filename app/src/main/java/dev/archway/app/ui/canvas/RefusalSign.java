package dev.archway.app.ui.canvas;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The "no entry" sign shown beside a refusal, drawn rather than typed: the emoji glyph (U+26D4) is missing from the
 * fonts JavaFX finds on many systems and showed as an empty box.
 */
public final class RefusalSign {
    private static final Color RED = Color.web("#D13212");

    private RefusalSign() {
    }

    /** A new sign of the given diameter (a node can sit in one place only, so each label gets its own). */
    public static Node create(double diameter) {
        Circle disc = new Circle(diameter / 2, RED);
        Rectangle bar = new Rectangle(diameter * 0.6, diameter * 0.18, Color.WHITE);
        StackPane sign = new StackPane(disc, bar);
        sign.getStyleClass().add("refusal-sign");
        sign.setMouseTransparent(true);
        return sign;
    }
}
