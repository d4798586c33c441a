package dev.archway.app.ui.canvas;

import javafx.scene.paint.Color;

/** The canvas colours of one theme; they mirror the CSS colour tokens of the same theme. */
public record CanvasTheme(Color background, Color grid, Color text, Color mutedText, Color nodeFill, Color nodeBorder,
        Color regionLine, Color vpcLine, Color azLine, Color publicFill, Color publicLine, Color privateFill,
        Color privateLine, Color selection, Color edge, Color refused, Color accepted) {

    public static final CanvasTheme LIGHT = new CanvasTheme(Color.web("#F7F8FA"), Color.web("#E3E6EB"),
            Color.web("#16191F"), Color.web("#5F6B7A"), Color.WHITE, Color.web("#D5DBE3"), Color.web("#00A4A6"),
            Color.web("#8C4FFF"), Color.web("#147EBA"), Color.web("#F2F8EA"), Color.web("#7AA116"),
            Color.web("#E6F3F8"), Color.web("#147EBA"), Color.web("#FF9900"), Color.web("#7D8998"),
            Color.web("#D13212"), Color.web("#1D8102"));

    public static final CanvasTheme DARK = new CanvasTheme(Color.web("#0F1B2A"), Color.web("#1B2A3C"),
            Color.web("#E9EDF2"), Color.web("#9BA7B6"), Color.web("#1B2838"), Color.web("#34475D"),
            Color.web("#2BC2C4"), Color.web("#A77BFF"), Color.web("#4AA8E0"), Color.web("#1E3020"),
            Color.web("#9BCB3B"), Color.web("#14293A"), Color.web("#4AA8E0"), Color.web("#FF9900"),
            Color.web("#8D99A8"), Color.web("#FF5C3A"), Color.web("#5FD35F"));
}
