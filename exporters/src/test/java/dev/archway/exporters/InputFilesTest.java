package dev.archway.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.exporters.lesson.LessonFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input goes through one reader, so every input fails the same way: file, place, problem. */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8Text() throws Exception {
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, "Name: Zürich 🌍\n");
        assertEquals("Name: Zürich 🌍\n", InputFiles.read(file, InputKind.TEMPLATE));
    }

    @Test
    void namesTheLineAndByteOfTheFirstByteThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "Resources:\n  Caf\u00e9: x\n".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> InputFiles.read(file, InputKind.TEMPLATE));
        assertEquals(file + " at line 2, byte 6: not a text file (not UTF-8)", e.getMessage());
    }

    @Test
    void aTemplateImportAndADesignLoadReportTheSameForBytesThatAreNotUtf8() throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
        InputException imported = assertThrows(InputException.class, () -> new CfnImporter().importTemplate(file));
        InputException loaded = assertThrows(InputException.class, () -> DesignSources.load(file));
        assertEquals(file + " at line 1, byte 4: not a text file (not UTF-8)", imported.getMessage());
        assertEquals(imported.getMessage(), loaded.getMessage());
    }

    @Test
    void refusesAFileOverItsKindsSizeLimitNamingTheProperty() throws Exception {
        Path file = dir.resolve("big.lesson.yaml");
        Files.writeString(file, "x".repeat(2 * 1024 * 1024));
        InputException e = assertThrows(InputException.class, () -> LessonFile.read(file));
        assertEquals(file + ": larger than the lesson size limit of 1048576 bytes (raise it with "
                + "-Darchway.limit.lesson.bytes=N)", e.getMessage());
    }

    @Test
    void aPropertyRaisesTheSizeLimit() throws Exception {
        Path file = dir.resolve("big.lesson.yaml");
        Files.writeString(file, "x".repeat(2 * 1024 * 1024));
        System.setProperty("archway.limit.lesson.bytes", String.valueOf(4 * 1024 * 1024));
        try {
            assertEquals(2 * 1024 * 1024, InputFiles.read(file, InputKind.LESSON).length());
        } finally {
            System.clearProperty("archway.limit.lesson.bytes");
        }
    }

    @Test
    void refusesAFolder() {
        InputException e = assertThrows(InputException.class, () -> InputFiles.read(dir, InputKind.LESSON));
        assertEquals(dir + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void refusesAMissingResource() {
        InputException e = assertThrows(InputException.class,
                () -> InputFiles.resource("examples/none.archway.json", InputKind.DESIGN));
        assertEquals("examples/none.archway.json: missing from the classpath", e.getMessage());
    }
}
