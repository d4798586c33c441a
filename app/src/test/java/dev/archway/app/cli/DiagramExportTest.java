package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class DiagramExportTest {
    @TempDir
    Path dir;

    private Path design() throws Exception {
        Path file = dir.resolve("shop.archway.json");
        DesignFile.write(Examples.defaultDesign(), file);
        return file;
    }

    @Test
    void writesTheDiagramAsAValidSvgNamingEveryElement() throws Exception {
        Path out = dir.resolve("shop.svg");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("export", design().toString(), "--to", "svg", "--out", out.toString()));
            assertEquals("wrote the diagram as SVG to " + out + "\n", io.out());
        }
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        String text = svg.getDocumentElement().getTextContent();
        for (var e : Examples.defaultDesign().elements()) {
            assertTrue(text.contains(e.name()), e.name() + " is labelled");
        }
    }

    @Test
    void drawsSecurityGroupReferencesOnlyWhenTheirLayerIsAsked() throws Exception {
        Path plain = dir.resolve("plain.svg");
        Path withSg = dir.resolve("sg.svg");
        try (CliStreams io = new CliStreams()) {
            ArchwayCli.run("export", design().toString(), "--to", "svg", "--out", plain.toString());
            ArchwayCli.run("export", design().toString(), "--to", "svg", "--out", withSg.toString(), "--layers", "sg");
        }
        assertFalse(Files.readString(plain).contains("stroke=\"#DD344C\""));
        assertTrue(Files.readString(withSg).contains("stroke=\"#DD344C\""));
    }

    @Test
    void writesAPngOfTheDrawingsSizeTimesTheScaleThatIsNotBlank() throws Exception {
        Path out = dir.resolve("shop.png");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("export", design().toString(), "--to", "png", "--out", out.toString(),
                    "--scale", "1.5"));
        }
        BufferedImage png = ImageIO.read(out.toFile());
        Design d = Examples.defaultDesign();
        double right = d.layout().values().stream().mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
        double left = d.layout().values().stream().mapToDouble(Bounds::x).min().orElseThrow();
        double bottom = d.layout().values().stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
        double top = d.layout().values().stream().mapToDouble(Bounds::y).min().orElseThrow();
        assertEquals(Math.ceil((right - left + 60) * 1.5), png.getWidth());
        assertEquals(Math.ceil((bottom - top + 60) * 1.5), png.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < png.getWidth(); x += 7) {
            for (int y = 0; y < png.getHeight(); y += 7) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a drawing, not a blank page: " + colours.size() + " colours");
    }

    @Test
    void refusesAnUnknownLayerInOneLine() throws Exception {
        Path out = dir.resolve("shop.svg");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("export", design().toString(), "--to", "svg", "--out", out.toString(),
                    "--layers", "wifi"));
            assertEquals("--layers: unknown layer 'wifi'; layers: sg, certificates, route-tables, apps, all\n",
                    io.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesABrokenDesignInOneLineNamingTheFile() throws Exception {
        Path broken = dir.resolve("broken.archway.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"elements\": [");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("export", broken.toString(), "--to", "png", "--out",
                    dir.resolve("x.png").toString()));
            assertTrue(io.err().startsWith(broken.toString()) && io.err().lines().count() == 1, io.err());
        }
        assertFalse(Files.exists(dir.resolve("x.png")));
    }
}
