package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/** The whole diagram drawn by the canvas's painter into an image (PNG export from the GUI and the CLI). */
public final class DiagramImage {
    /** The largest side of an image, in pixels; a bigger design is drawn at a smaller scale. */
    public static final double MAX_SIDE = 8000;
    static final double MARGIN = 30;

    private DiagramImage() {
    }

    /** Size in pixels of the image of the design at the given scale: {width, height}. Call on any thread. */
    public static double[] size(Design design, double ratio) {
        Bounds all = extent(design);
        double s = scaleFor(all, ratio);
        return new double[] {Math.ceil((all.width() + 2 * MARGIN) * s), Math.ceil((all.height() + 2 * MARGIN) * s)};
    }

    /** Draws the design; call on the JavaFX thread. */
    public static WritableImage render(Design design, double ratio, CanvasTheme theme, CanvasOverlays overlays,
            EdgeLayers layers) {
        Bounds all = extent(design);
        double s = scaleFor(all, ratio);
        double[] size = size(design, ratio);
        Canvas out = new Canvas(size[0], size[1]);
        Viewport vp = new Viewport();
        vp.set(s, (MARGIN - all.x()) * s, (MARGIN - all.y()) * s);
        DiagramPainter painter = new DiagramPainter();
        painter.setLayers(layers);
        painter.paint(out.getGraphicsContext2D(), out.getWidth(), out.getHeight(), design, new DiagramModel(design), vp,
                Set.of(), theme, new DragFeedback(), overlays);
        return out.snapshot(null, null);
    }

    private static Bounds extent(Design design) {
        Bounds all = DiagramView.contentBounds(design.layout().values());
        return all == null ? new Bounds(0, 0, 200, 100) : all;
    }

    private static double scaleFor(Bounds all, double ratio) {
        return Math.min(ratio, MAX_SIDE / Math.max(all.width() + 2 * MARGIN, all.height() + 2 * MARGIN));
    }

    /** Writes the image as a PNG (temporary file, then a rename); returns its {width, height}. */
    public static double[] writePng(WritableImage image, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile());
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new double[] {image.getWidth(), image.getHeight()};
    }
}
