package dev.archway.app.ui.canvas;

import dev.archway.model.ElementKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;

/**
 * The element-kind icons from the {@code icons} module: a rounded square in the AWS category colour with a white
 * line glyph on a 32-unit grid. Images are rendered once per size and cached.
 */
public final class IconSet {
    private static final double GRID = 32;
    private static final IconSet INSTANCE = load();
    private final Map<ElementKind, Color> colours = new EnumMap<>(ElementKind.class);
    private final Map<ElementKind, String> glyphs = new EnumMap<>(ElementKind.class);
    private final Map<String, Image> images = new HashMap<>();

    public static IconSet get() {
        return INSTANCE;
    }

    private static IconSet load() {
        Properties props = new Properties();
        try (InputStream in = IconSet.class.getResourceAsStream("/dev/archway/icons/icons.properties")) {
            if (in == null) {
                throw new IllegalStateException("icons.properties missing from the icons module");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IconSet set = new IconSet();
        for (ElementKind kind : ElementKind.values()) {
            String[] parts = props.getProperty(kind.name(), "#7D8998|M8 8h16v16h-16z").split("\\|", 2);
            set.colours.put(kind, Color.web(parts[0]));
            set.glyphs.put(kind, parts[1]);
        }
        return set;
    }

    public Color colour(ElementKind kind) {
        return colours.get(kind);
    }

    public String glyph(ElementKind kind) {
        return glyphs.get(kind);
    }

    /** A scene-graph icon (palette, inspector header, menus). */
    public Node node(ElementKind kind, double size) {
        return node(kind, size, colours.get(kind));
    }

    public Node node(ElementKind kind, double size, Color background) {
        Rectangle square = new Rectangle(GRID, GRID, background);
        square.setArcWidth(12);
        square.setArcHeight(12);
        SVGPath glyph = new SVGPath();
        glyph.setContent(glyphs.get(kind));
        glyph.setFill(null);
        glyph.setStroke(Color.WHITE);
        glyph.setStrokeWidth(1.8);
        glyph.setStrokeLineCap(StrokeLineCap.ROUND);
        glyph.setStrokeLineJoin(StrokeLineJoin.ROUND);
        Group icon = new Group(square, glyph);
        icon.getTransforms().add(new Scale(size / GRID, size / GRID, 0, 0));
        return new Group(icon);
    }

    /** A cached bitmap of the icon, {@code px} pixels square (the canvas draws these). */
    public Image image(ElementKind kind, int px, Color background) {
        String key = kind + "@" + px + background;
        return images.computeIfAbsent(key, k -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            return node(kind, px, background).snapshot(params, null);
        });
    }
}
