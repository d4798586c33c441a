package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.edit.Containment;
import dev.archway.model.diff.DesignDiff;
import dev.archway.model.diff.ElementChange;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a solution diff over the diagram: what the solution adds as a green ghost where the solution places it,
 * what it removes outlined red and crossed, what it changes outlined amber; and a legend in the top-left corner.
 */
final class DiffPainter {
    static final Color ADDED = Color.web("#1D8102");
    static final Color REMOVED = Color.web("#D13212");
    static final Color CHANGED = Color.web("#E07700");
    private final GraphicsContext gc;
    private final double scale;
    private final double textScale;
    private final IconSet icons = IconSet.get();

    DiffPainter(GraphicsContext gc, double scale, double textScale) {
        this.gc = gc;
        this.scale = scale;
        this.textScale = textScale;
    }

    /** In model coordinates: the ghosts and outlines. */
    void paint(DesignDiff diff) {
        for (ElementChange c : diff.changes()) {
            // an added element is drawn where the solution puts it; the others are outlined where they are now
            Bounds b = c.type() == ElementChange.Type.ADDED || c.beforeBounds() == null ? c.afterBounds()
                    : c.beforeBounds();
            if (b == null) {
                continue;
            }
            switch (c.type()) {
                case ADDED -> ghost(c, b);
                case REMOVED -> removed(b);
                default -> outline(b, CHANGED, null);
            }
        }
    }

    private void ghost(ElementChange c, Bounds b) {
        boolean container = Containment.isContainer(c.element().kind());
        gc.setFill(Color.color(ADDED.getRed(), ADDED.getGreen(), ADDED.getBlue(), container ? 0.06 : 0.14));
        gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 12, 12);
        outline(b, ADDED, new double[] {7 / scale, 5 / scale});
        double icon = container ? 24 : Math.max(12, Math.min(36, Math.min(b.width(), b.height()) - 20));
        gc.setGlobalAlpha(0.6);
        gc.drawImage(icons.image(c.element().kind(), 64, ADDED), b.x() + 6, b.y() + 6, icon, icon);
        gc.setGlobalAlpha(1);
        gc.setFill(ADDED);
        gc.setFont(Font.font("System", FontWeight.BOLD, 12 * textScale));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("+ " + c.name(), b.x() + icon + 12, b.y() + 6 + icon / 2, Math.max(30, b.width() - icon - 16));
    }

    private void removed(Bounds b) {
        outline(b, REMOVED, null);
        gc.setStroke(Color.color(REMOVED.getRed(), REMOVED.getGreen(), REMOVED.getBlue(), 0.55));
        gc.setLineWidth(2.5);
        double inset = 4;
        gc.strokeLine(b.x() + inset, b.y() + inset, b.x() + b.width() - inset, b.y() + b.height() - inset);
        gc.strokeLine(b.x() + b.width() - inset, b.y() + inset, b.x() + inset, b.y() + b.height() - inset);
    }

    private void outline(Bounds b, Color colour, double[] dashes) {
        gc.setStroke(colour);
        gc.setLineWidth(Math.max(3, 2.5 / scale));
        gc.setLineDashes(dashes);
        gc.strokeRoundRect(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8, 14, 14);
        gc.setLineDashes(null);
    }

    /** In screen coordinates: what the colours mean, with the counts. */
    void legend(DesignDiff diff, CanvasOverlays.DiffLabels words, CanvasTheme theme) {
        String[] labels = {words.added() + " " + diff.added().size(), words.removed() + " " + diff.removed().size(),
            words.changed() + " " + diff.changed().size()};
        Color[] colours = {ADDED, REMOVED, CHANGED};
        double line = 20 * textScale;
        int longest = java.util.Arrays.stream(labels).mapToInt(String::length).max().orElse(0);
        double w = Math.max(190, 70 + 7.5 * Math.max(longest, words.title().length() - 6)) * textScale;
        double h = line * 4 + 8;
        gc.setFill(Color.color(theme.nodeFill().getRed(), theme.nodeFill().getGreen(), theme.nodeFill().getBlue(),
                0.94));
        gc.fillRoundRect(12, 12, w, h, 10, 10);
        gc.setStroke(theme.nodeBorder());
        gc.setLineWidth(1);
        gc.strokeRoundRect(12, 12, w, h, 10, 10);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(theme.text());
        gc.setFont(Font.font("System", FontWeight.BOLD, 12.5 * textScale));
        gc.fillText(words.title(), 24, 12 + 4 + line / 2);
        gc.setFont(Font.font("System", 12.5 * textScale));
        for (int i = 0; i < labels.length; i++) {
            double y = 12 + 4 + line * (i + 1.5);
            gc.setStroke(colours[i]);
            gc.setLineWidth(3);
            gc.setLineDashes(i == 0 ? new double[] {5, 3} : null);
            gc.strokeRoundRect(24, y - 6, 22, 12, 4, 4);
            gc.setLineDashes(null);
            gc.setFill(theme.text());
            gc.fillText(labels[i], 56, y);
        }
    }
}
