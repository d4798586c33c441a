package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Save, reopen and get the same design; export the diagram; autosave to the recovery file. */
@ExtendWith(ApplicationExtension.class)
class FileAndExportTest {
    private DesignerWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, Examples.defaultDesign());
    }

    @Test
    void savesAndReopensAnEqualDesign(FxRobot robot) {
        Path file = dir.resolve("shop.archway.json");
        robot.interact(() -> {
            window.selection().set(List.of(DesignerFixture.id(window, "AppA")));
            window.run(window.edits().duplicate());
        });
        Design edited = window.document().design().copy();
        assertTrue(window.document().stack().isDirty());
        robot.interact(() -> assertTrue(window.files().saveTo(file)));
        assertFalse(window.document().stack().isDirty());
        robot.interact(() -> window.open(new Design("Untitled"), null));
        robot.interact(() -> assertTrue(window.files().openFile(file)));
        assertEquals(edited, window.document().design());
        assertEquals(file, window.document().file());
    }

    @Test
    void reportsABadFileInOneLineAndKeepsTheDesign(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.archway.json");
        Files.writeString(bad, "{ \"formatVersion\": 99 }");
        Design before = window.document().design();
        robot.interact(() -> assertFalse(window.files().openFile(bad)));
        assertTrue(window.statusBar().message().startsWith(bad.toString()), window.statusBar().message());
        assertEquals(before, window.document().design());
    }

    @Test
    void exportsTheDiagramAsPngAndSvg(FxRobot robot) throws Exception {
        Path png = dir.resolve("diagram.png");
        Path svg = dir.resolve("diagram.svg");
        robot.interact(() -> {
            assertTrue(window.exportPanel().saveTo("Diagram as PNG", png));
            assertTrue(window.exportPanel().saveTo("Diagram as SVG", svg));
        });
        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
                List.of(header[0], header[1], header[2], header[3]));
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(text.contains(">LoadBalancer</text>"));
    }

    @Test
    void autosavesAChangedDesignToTheRecoveryFile(FxRobot robot) {
        robot.interact(() -> {
            window.selection().set(List.of(DesignerFixture.id(window, "ShopA")));
            window.run(window.edits().delete());
            window.autosave().saveNow();
        });
        assertTrue(Files.isRegularFile(window.autosave().file()));
        robot.interact(() -> window.autosave().discard());
        assertFalse(Files.exists(window.autosave().file()));
    }

    @Test
    void previewsAndSavesEveryRegisteredFormat(FxRobot robot) throws Exception {
        for (dev.archway.exporters.Exporter exporter : dev.archway.exporters.formats.Exporters.all()) {
            robot.interact(() -> window.exportPanel().select(exporter.displayName()));
            assertFalse(window.exportPanel().previewText().isBlank(), exporter.id());
            assertFalse(window.exportPanel().previewText().startsWith("This design cannot be exported"), exporter.id());
        }
        Path out = dir.resolve("stack.yaml");
        robot.interact(() -> assertTrue(window.exportPanel().saveTo(dev.archway.exporters.formats.Exporters.byId("cfn-yaml").orElseThrow().displayName(), out)));
        assertTrue(Files.readString(out).contains("AWS::ElasticLoadBalancingV2::LoadBalancer"));
    }

    @Test
    void opensAFolderOfNestedStacksAsOneDesign(FxRobot robot) throws Exception {
        Design big = dev.archway.model.SyntheticDesigns.generate(600);
        Path folder = dir.resolve("big");
        dev.archway.exporters.ExportWriter.write(new dev.archway.exporters.cfn.CfnYamlExporter().render(big), folder);
        robot.interact(() -> assertTrue(window.files().openFile(folder)));
        assertEquals(big, window.document().design());
        robot.interact(() -> assertTrue(window.files().openFile(folder.resolve("template.yaml"))));
        assertEquals(big, window.document().design());
    }

    @Test
    void opensACloudFormationTemplateLaidOut(FxRobot robot) {
        Path template = Path.of("../corpus/aws-cloudformation-templates/ElasticLoadBalancing/"
                + "NetworkLoadBalancerWithEIPs.yaml");
        robot.interact(() -> assertTrue(window.files().openFile(template)));
        Design opened = window.document().design();
        assertEquals(opened.size(), opened.layout().size());
        assertEquals(null, window.document().file());
    }
}
