package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reproducer 11 of issue 17 and bug 6 of issue 15: each instance has its own recovery file; a crashed instance's file
 * is offered, a running one's never; a recovered design stays recoverable until it is saved.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {
    /** No process has this id (Linux caps ids far below it), so its file is a crashed instance's. */
    private static final long DEAD_PID = 4_000_000_000L;

    private DesignerWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("archway-recovery");
        Path own = dir.resolve("recovery-" + ProcessHandle.current().pid() + ".archway.json");
        window = new DesignerWindow(stage, Preferences.userRoot().node("dev/archway/designer-test"), own);
        window.open(Examples.defaultDesign(), null);
        stage.show();
    }

    private Path crashedInstanceFile() throws Exception {
        Path orphan = dir.resolve("recovery-" + DEAD_PID + ".archway.json");
        Design lost = Examples.defaultDesign();
        lost.rename("Lost work");
        DesignFile.write(lost, orphan);
        return orphan;
    }

    @Test
    void offersACrashedInstancesFileButNeverARunningOnes() throws Exception {
        Files.writeString(dir.resolve("recovery-1.archway.json"), "{}"); // pid 1 is always running
        Files.writeString(window.autosave().file(), "{}");
        assertEquals(Optional.empty(), window.autosave().orphan());
        Path orphan = crashedInstanceFile();
        assertEquals(Optional.of(orphan), window.autosave().orphan());
    }

    @Test
    void aRecoveredDesignStaysRecoverableUntilSaved(FxRobot robot) throws Exception {
        Path orphan = crashedInstanceFile();
        robot.interact(() -> DesignerApp.answer(window, orphan, true));
        assertEquals("Lost work (recovered)", window.document().design().name());
        assertFalse(Files.exists(orphan));
        assertEquals("Lost work", DesignFile.read(window.autosave().file()).name());
        robot.interact(() -> window.autosave().saveNow());
        assertTrue(Files.exists(window.autosave().file()), "a second crash must find the recovered design");
        Path saved = dir.resolve("saved.archway.json");
        robot.interact(() -> {
            window.files().saveTo(saved);
            window.autosave().saveNow();
        });
        assertFalse(Files.exists(window.autosave().file()));
    }

    /** Bug 6: the question waits for the painted window instead of holding up its first frame (a black screen). */
    @Test
    void theRecoveryQuestionComesAfterTheWindowIsShownAndYesRestores(FxRobot robot) throws Exception {
        crashedInstanceFile();
        boolean[] returned = {false};
        robot.interact(() -> {
            DesignerApp.offerRecovery(window);
            returned[0] = true;
            assertTrue(Stage.getWindows().stream().noneMatch(w -> w != window.stage() && w.isShowing()),
                    "no dialog before the window's frame is painted");
        });
        assertTrue(returned[0], "offering does not wait for the answer");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lost work (recovered)", window.document().design().name());
    }

    @Test
    void decliningDeletesTheCrashedInstancesFileOnly(FxRobot robot) throws Exception {
        Path orphan = crashedInstanceFile();
        String before = window.document().design().name();
        robot.interact(() -> DesignerApp.answer(window, orphan, false));
        assertFalse(Files.exists(orphan));
        assertEquals(before, window.document().design().name());
    }
}
