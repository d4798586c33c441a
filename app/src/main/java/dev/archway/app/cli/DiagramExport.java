package dev.archway.app.cli;

import dev.archway.app.ui.canvas.CanvasOverlays;
import dev.archway.app.ui.canvas.CanvasTheme;
import dev.archway.app.ui.canvas.DiagramImage;
import dev.archway.app.ui.canvas.DiagramSvg;
import dev.archway.app.ui.canvas.EdgeLayers;
import dev.archway.app.ui.file.FileActions;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.InputException;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.model.Design;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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

    /** Writes the image; a bad flag, a bad file or an unwritable path goes to the CLI's one-line failure path. */
    static void run(Path file, String format, Path out, double scale, List<String> layerNames, PrintWriter stdout)
            throws InputException, CliException {
        EdgeLayers layers = new EdgeLayers();
        try {
            layerNames.forEach(layers::showByName);
        } catch (IllegalArgumentException e) {
            throw new CliException("--layers: " + e.getMessage());
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new CliException("--scale: " + scale + " is not a scale between 0 and " + (int) MAX_SCALE);
        }
        if (Files.exists(out) && Files.exists(file) && sameFile(out, file)) {
            throw new CliException(out + ": is the design being exported; name another --out");
        }
        Design design = FileActions.prepare(DesignSources.load(file), null).design();
        try {
            if ("svg".equals(format)) {
                ExportWriter.writeAtomically(out, DiagramSvg.render(design, layers));
                stdout.println("wrote the diagram as SVG to " + out);
            } else {
                double[] size = HeadlessFx.call(() -> DiagramImage.writePng(DiagramImage.render(design, scale,
                        CanvasTheme.LIGHT, new CanvasOverlays(), layers), out));
                stdout.println(String.format(Locale.ROOT, "wrote the diagram as a %.0fx%.0f PNG to %s", size[0],
                        size[1], out));
            }
        } catch (IOException e) {
            throw CliException.cannotWrite(out, e);
        }
        stdout.flush();
    }

    private static boolean sameFile(Path a, Path b) throws CliException {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            throw CliException.cannotWrite(a, e);
        }
    }
}
