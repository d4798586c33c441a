package dev.archway.app.cli;

import dev.archway.app.ui.canvas.CanvasOverlays;
import dev.archway.app.ui.canvas.CanvasTheme;
import dev.archway.app.ui.canvas.DiagramImage;
import dev.archway.app.ui.canvas.DiagramSvg;
import dev.archway.app.ui.canvas.EdgeLayers;
import dev.archway.app.ui.file.FileActions;
import dev.archway.exporters.AtomicFiles;
import dev.archway.exporters.DesignSources;
import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code archway export FILE --to svg|png}: the diagram as an image, without a display. The PNG is drawn by the
 * canvas's own painter on a JavaFX toolkit started headless (Monocle, software pipeline); the SVG is written by
 * {@link DiagramSvg} from the same layout and edge routes.
 */
final class DiagramExport {
    static final double MAX_SCALE = 8;

    private DiagramExport() {
    }

    static boolean handles(String format) {
        return "svg".equals(format) || "png".equals(format);
    }

    /** Writes the image; a bad file or an unwritable path is reported by the CLI's one-line failure handler. */
    static int run(Path file, String format, Path out, double scale, List<String> layerNames)
            throws InputException, IOException {
        EdgeLayers layers = new EdgeLayers();
        try {
            layerNames.forEach(layers::showByName);
        } catch (IllegalArgumentException e) {
            System.err.println("--layers: " + e.getMessage());
            return ArchwayCli.BAD_INPUT;
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            System.err.println("--scale: " + scale + " is not a scale between 0 and " + (int) MAX_SCALE);
            return ArchwayCli.BAD_INPUT;
        }
        Design design = FileActions.prepare(DesignSources.load(file), null).design();
        if ("svg".equals(format)) {
            AtomicFiles.write(out, DiagramSvg.render(design, layers), null);
            System.out.println("wrote the diagram as SVG to " + out);
        } else {
            double[] size = HeadlessFx.call(() -> DiagramImage.writePng(DiagramImage.render(design, scale,
                    CanvasTheme.LIGHT, new CanvasOverlays(), layers), out));
            System.out.println(String.format(Locale.ROOT, "wrote the diagram as a %.0fx%.0f PNG to %s", size[0],
                    size[1], out));
        }
        return ArchwayCli.OK;
    }
}
