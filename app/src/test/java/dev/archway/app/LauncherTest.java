package dev.archway.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void commandsOptionsAndMissingFilesAreNotFilesToOpen() throws Exception {
        Files.writeString(dir.resolve("validate"), "{}");
        assertFalse(Launcher.isFile("validate"));
        assertFalse(Launcher.isFile("--version"));
        assertFalse(Launcher.isFile(dir.resolve("missing.archway.json").toString()));
        assertFalse(Launcher.isFile(dir.toString()));
    }
}
