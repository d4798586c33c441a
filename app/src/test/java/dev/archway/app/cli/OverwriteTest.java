package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.examples.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reproducer 10 of issue 17: export and import never write over their input, and keep what they replace. */
class OverwriteTest {
    @TempDir
    Path dir;

    @Test
    void exportRefusesToReplaceTheDesignItExports() throws Exception {
        Path design = dir.resolve("k.archway.json");
        DesignFile.write(Examples.defaultDesign(), design);
        byte[] before = Files.readAllBytes(design);
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("export", design.toString(), "--to", "cfn-yaml", "--out", design.toString()));
            assertEquals(design + ": cannot be written: would replace " + design + ", the file being exported; name "
                    + "another output\n", io.err());
        }
        assertArrayEquals(before, Files.readAllBytes(design));
    }

    @Test
    void exportKeepsTheFileItReplacesAsBak() throws Exception {
        Path design = dir.resolve("k.archway.json");
        DesignFile.write(Examples.defaultDesign(), design);
        Path out = Files.writeString(dir.resolve("k.yaml"), "my own notes\n");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("export", design.toString(), "--to", "cfn-yaml", "--out", out.toString()));
        }
        assertEquals("my own notes\n", Files.readString(dir.resolve("k.yaml.bak")));
    }

    @Test
    void importRefusesToReplaceTheTemplateItImports() throws Exception {
        Path template = CliDesigns.template(dir);
        byte[] before = Files.readAllBytes(template);
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", template.toString(), "--out", template.toString()));
            assertEquals(template + ": is the template being imported; name another --out\n", io.err());
        }
        assertArrayEquals(before, Files.readAllBytes(template));
    }

    /** A save that fails (here the backup's place is taken by a folder; a full disk alike) names the design. */
    @Test
    void aFixThatCannotBeSavedNamesTheDesignAndLeavesItAsItWas() throws Exception {
        Path design = Files.copy(Path.of("..", "exporters", "src", "test", "resources", "hostile",
                "fixable.archway.json"), dir.resolve("d.archway.json"));
        Files.createDirectories(dir.resolve("d.archway.json.bak").resolve("taken"));
        byte[] before = Files.readAllBytes(design);
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("validate", design.toString(), "--fix"));
            assertEquals(1, io.err().lines().count(), io.err());
            assertTrue(io.err().startsWith(design + ": cannot be written: "), io.err());
        }
        assertArrayEquals(before, Files.readAllBytes(design));
    }
}
