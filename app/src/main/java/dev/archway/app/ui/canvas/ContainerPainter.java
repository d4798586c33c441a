package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the containers of one frame (Regions, VPCs, AZs, subnets): close in, a box with its icon, name and detail in
 * the header; far out, the box with its name and what it holds, drawn over the icons by {@link #farLabel}.
 */
final class ContainerPainter {
    /** The bitmap of a kind's icon for a size in canvas units (the painter caches one per screen size). */
    interface Icons {
        Image of(ElementKind kind, double modelSize, Color colour);
    }

    private final GraphicsContext gc;
    private final DiagramModel model;
    private final CanvasTheme theme;
    private final LabelFonts fonts;
    private final Icons icons;
    private final double scale;
    private final double textScale;

    ContainerPainter(GraphicsContext gc, DiagramModel model, CanvasTheme theme, LabelFonts fonts, Icons icons) {
        this.gc = gc;
        this.model = model;
        this.theme = theme;
        this.fonts = fonts;
        this.icons = icons;
        this.scale = fonts.scale;
        this.textScale = fonts.textScale;
    }

    void paint(Element e, Bounds b, boolean down) {
        Color line;
        Color fill = null;
        boolean dashed = false;
        String detail;
        if (e instanceof Region r) {
            line = theme.regionLine();
            dashed = true;
            detail = r.code();
        } else if (e instanceof Vpc v) {
            line = theme.vpcLine();
            detail = model.describe(v);
        } else if (e instanceof AvailabilityZone az) {
            line = theme.azLine();
            dashed = true;
            detail = model.describe(az);
        } else {
            Subnet s = (Subnet) e;
            boolean pub = model.isPublic(s.id());
            line = pub ? theme.publicLine() : theme.privateLine();
            fill = pub ? theme.publicFill() : theme.privateFill();
            detail = model.describe(s);
        }
        if (fill != null) {
            gc.setFill(fill);
            gc.fillRect(b.x(), b.y(), b.width(), b.height());
        }
        if (down) {
            gc.setFill(Color.web("#D13212", 0.08));
            gc.fillRect(b.x(), b.y(), b.width(), b.height());
            line = theme.refused();
        }
        gc.setStroke(line);
        gc.setLineWidth(Math.max(e instanceof Vpc ? 2 : 1.5, 1 / scale));
        gc.setLineDashes(dashed && scale >= 0.25 ? new double[] {6, 4} : null);
        gc.strokeRect(b.x(), b.y(), b.width(), b.height());
        gc.setLineDashes(null);
        Color text = e instanceof Subnet && theme == CanvasTheme.LIGHT ? line.darker() : line;
        if (!fonts.far()) {
            containerTitle(e, b, text, detail);
        }
        if (down) {
            gc.setFill(theme.refused());
            gc.setFont(fonts.title);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("AZ FAILED", b.centerX(), b.y() + 2.6 * fonts.titleSize);
        }
    }

    /** Close in: the container's icon, name and detail in its header (one line when two do not fit). */
    private void containerTitle(Element e, Bounds b, Color text, String detail) {
        boolean centred = e instanceof AvailabilityZone;
        double iconSize = Math.max(26, 22 / scale) * textScale;
        if (!centred) {
            gc.drawImage(icons.of(e.kind(), iconSize, iconColour(e)), b.x(), b.y(), iconSize, iconSize);
        }
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(text);
        gc.setFont(fonts.title);
        double textX = centred ? b.centerX() : b.x() + iconSize + 8;
        double room = Math.max(20, b.width() - iconSize - 16);
        gc.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        boolean twoLines = !centred && fonts.titleSize * 2.3 <= headerOf(e);
        // an AZ named as its zone, or as its slot ("1st AZ" of "1st AZ of eu-west-1"), says it once
        boolean repeats = detail != null && detail.startsWith(e.name());
        boolean saysMore = detail != null && !detail.isEmpty() && !repeats;
        String title = repeats ? detail : twoLines || !saysMore ? e.name() : e.name() + "  ·  " + detail;
        gc.fillText(LabelFonts.fit(title, fonts.titleSize, room), textX, b.y() + fonts.titleSize * 0.9, room);
        if (twoLines && saysMore) {
            gc.setFont(fonts.small);
            gc.setFill(theme.mutedText());
            gc.fillText(LabelFonts.fit(detail, fonts.smallSize, room), textX, b.y() + fonts.titleSize * 2, room);
        }
    }

    private Color containerText(Element e) {
        Color line = e instanceof Region ? theme.regionLine() : e instanceof Vpc ? theme.vpcLine()
                : e instanceof AvailabilityZone ? theme.azLine()
                : model.isPublic(e.id()) ? theme.publicLine() : theme.privateLine();
        return e instanceof Subnet && theme == CanvasTheme.LIGHT ? line.darker() : line;
    }

    /**
     * Far out: the container's name and what it holds ("240 services"), at a readable size on screen, on a plate so
     * that it reads over what is inside: a Region's line above its box, a VPC's in its header, a subnet's two lines
     * at its top-left; an AZ only names itself, where its header has room.
     */
    void farLabel(Element e, Bounds b) {
        Color text = containerText(e);
        double size = (e instanceof Region || e instanceof Vpc ? 14 : 12) / scale * textScale;
        if (b.width() * scale < 80) {
            return;
        }
        String summary = model.summary(e.id());
        double pad = 5 / scale;
        double room = b.width() - 2 * pad;
        if (e instanceof AvailabilityZone) {
            if (40 * scale >= 14 * textScale) {
                farText(e.name(), b.centerX() - room / 2, b.y() + pad, size, room, text, true);
            }
        } else if (e instanceof Subnet && b.height() * scale >= 3 * size * scale) {
            double y = farText(e.name(), b.x() + pad, b.y() + pad, size, room, text, true);
            farText(summary, b.x() + pad, y, size * 0.92, room, theme.text(), false);
        } else if (e instanceof Subnet) {
            farText(summary.isEmpty() ? e.name() : e.name() + " — " + summary, b.x() + pad, b.y() + pad, size, room,
                    text, true);
        } else {
            String line = summary.isEmpty() ? e.name() : e.name() + "  —  " + summary;
            double y = e instanceof Region ? b.y() - size * 1.35 : b.y() + pad;
            farText(line, b.x() + pad, y, size, room, text, true);
        }
    }

    /** One line of far-out text on a plate of the background colour; returns the y below it. */
    private double farText(String text, double x, double y, double size, double room, Color colour, boolean bold) {
        if (text.isEmpty()) {
            return y;
        }
        String shown = LabelFonts.fit(text, size, room);
        double w = Math.min(room, shown.length() * size * 0.56) + size * 0.6;
        Color bg = theme.background();
        gc.setFill(Color.color(bg.getRed(), bg.getGreen(), bg.getBlue(), 0.85));
        gc.fillRoundRect(x - size * 0.3, y - size * 0.1, w, size * 1.3, size * 0.4, size * 0.4);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(colour);
        gc.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.SEMI_BOLD, size));
        gc.fillText(shown, x, y, room);
        return y + size * 1.3;
    }

    private static double headerOf(Element e) {
        return e instanceof Vpc ? 100 : 40;
    }

    private Color iconColour(Element e) {
        if (e instanceof Subnet s) {
            return model.isPublic(s.id()) ? theme.publicLine() : theme.privateLine();
        }
        return IconSet.get().colour(e.kind());
    }
}
