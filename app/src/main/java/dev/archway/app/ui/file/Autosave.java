package dev.archway.app.ui.file;

import dev.archway.app.ui.Document;
import dev.archway.exporters.designfile.DesignFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Every 20 seconds, writes a changed design to a recovery file (atomically, by DesignFile), so a crash loses at
 * most that much; the file is deleted when the design is saved or closed cleanly. The next start offers it back.
 */
public final class Autosave {
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());
    private final Path recoveryFile;
    private final Timeline timer;
    private Document document;
    private long savedRevision = -1;

    public Autosave(Path recoveryFile) {
        this.recoveryFile = recoveryFile;
        timer = new Timeline(new KeyFrame(Duration.seconds(20), e -> saveNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public static Path defaultFile() {
        String dir = System.getProperty("archway.recovery.dir", System.getProperty("user.home") + "/.archway");
        return Path.of(dir, "recovery.archway.json");
    }

    public Path file() {
        return recoveryFile;
    }

    public void watch(Document doc) {
        document = doc;
        savedRevision = doc.design().revision();
        timer.play();
    }

    /** Writes the recovery file if the design changed since the last write and is not saved. */
    public void saveNow() {
        if (document == null || !document.stack().isDirty() || document.design().revision() == savedRevision) {
            return;
        }
        try {
            Files.createDirectories(recoveryFile.getParent());
            DesignFile.write(document.design(), recoveryFile);
            savedRevision = document.design().revision();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave failed: " + e.getMessage());
        }
    }

    public void discard() {
        try {
            Files.deleteIfExists(recoveryFile);
            Files.deleteIfExists(recoveryFile.resolveSibling(recoveryFile.getFileName() + ".bak"));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete " + recoveryFile + ": " + e.getMessage());
        }
    }

    public boolean hasRecovery() {
        return Files.isRegularFile(recoveryFile);
    }

    public void stop() {
        timer.stop();
    }
}
