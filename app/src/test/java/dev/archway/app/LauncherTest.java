package dev.archway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.app.cli.ArchwayCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desktop opening a design with Archway passes just its path; a command line passes a command first. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void aLoneExistingFileIsOpenedInTheDesigner() throws Exception {
        Path design = Files.writeString(dir.resolve("shop.archway.json"), "{}");
        assertTrue(Launcher.isFile(design.toString()));
    }

    @Test
    void theVersionsShortcutPrintsWhatTheCommandLinePrints() {
        PrintStream original = System.out;
        ByteArrayOutputStream shortcut = new ByteArrayOutputStream();
        ByteArrayOutputStream commandLine = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(shortcut, true, StandardCharsets.UTF_8));
            Launcher.main(new String[] {"--version"});
            System.setOut(new PrintStream(commandLine, true, StandardCharsets.UTF_8));
            assertEquals(0, ArchwayCli.run("--version"));
        } finally {
            System.setOut(original);
        }
        assertTrue(shortcut.toString(StandardCharsets.UTF_8).startsWith("Archway "));
        assertEquals(commandLine.toString(StandardCharsets.UTF_8), shortcut.toString(StandardCharsets.UTF_8));
    }

    @Test
    void commandsOptionsAndMissingFilesAreNotFilesToOpen() throws Exception {
        Files.writeString(dir.resolve("validate"), "{}");
        assertFalse(Launcher.isFile("validate"));
        assertFalse(Launcher.isFile("--version"));
        assertFalse(Launcher.isFile(dir.resolve("missing.archway.json").toString()));
        assertFalse(Launcher.isFile(dir.toString()));
    }
}
