package dev.archway.app.ui.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The diagram's fonts for one frame, in canvas units: never smaller on screen than {@link #MIN_PX} while labels are
 * drawn at all, so a fitted design reads without zooming; names that do not fit are shortened with an ellipsis.
 */
final class LabelFonts {
    static final double MIN_PX = 11.5;
    /** Below this zoom the elements' own labels are left out and containers say what they hold instead. */
    static final double FAR = 0.38;
    final Font title;
    final Font label;
    final Font small;
    final double titleSize;
    final double labelSize;
    final double smallSize;
    final double scale;
    final double textScale;

    LabelFonts(double scale, double textScale) {
        this.scale = scale;
        this.textScale = textScale;
        titleSize = Math.max(13, (MIN_PX + 1) / scale) * textScale;
        labelSize = Math.max(12, MIN_PX / scale) * textScale;
        smallSize = Math.max(10.5, MIN_PX / scale) * textScale;
        title = Font.font("System", FontWeight.BOLD, titleSize);
        label = Font.font("System", FontWeight.SEMI_BOLD, labelSize);
        small = Font.font("System", smallSize);
    }

    /** Zoomed so far out that only containers and their counts are worth reading. */
    boolean far() {
        return scale < FAR;
    }

    /** The text, shortened with an ellipsis to about {@code room} canvas units at the given font size. */
    static String fit(String text, double size, double room) {
        double perChar = size * 0.56;
        int max = (int) Math.floor(room / perChar);
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        return max <= 1 ? "" : text.substring(0, max - 1) + "…";
    }
}
