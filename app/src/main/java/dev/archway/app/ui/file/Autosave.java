package dev.archway.app.ui.file;

import dev.archway.app.ui.document.Document;
import dev.archway.exporters.AtomicFiles;
import dev.archway.exporters.designfile.DesignFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Every 20 seconds, writes a changed, unsaved design to this instance's recovery file (atomically, by DesignFile), so
 * a crash loses at most that much. Each running instance has its own file ({@code recovery-PID.archway.json}), so two
 * designers never offer or overwrite each other's work. The file stays until the design is saved or the window is
 * closed with the user's consent; a design recovered from a crashed instance is adopted into this instance's file at
 * once, so a second crash loses it no more than the first. The next start offers a dead instance's file back.
 */
public final class Autosave {
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());
    private static final Pattern RECOVERY = Pattern.compile("recovery(?:-(\\d+))?\\.archway\\.json");

    private final Path recoveryFile;
    private final Timeline timer;
    private Document document;
    private long savedRevision = -1;

    public Autosave(Path recoveryFile) {
        this.recoveryFile = recoveryFile;
        timer = new Timeline(new KeyFrame(Duration.seconds(20), e -> saveNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** This instance's recovery file, in {@code archway.recovery.dir} (default {@code ~/.archway}). */
    public static Path defaultFile() {
        String dir = System.getProperty("archway.recovery.dir", System.getProperty("user.home") + "/.archway");
        return Path.of(dir, "recovery-" + ProcessHandle.current().pid() + ".archway.json");
    }

    public Path file() {
        return recoveryFile;
    }

    public void watch(Document doc) {
        document = doc;
        savedRevision = doc.design().revision();
        timer.play();
    }

    /**
     * Writes the recovery file if the design changed since the last write and is not saved; once the design is
     * saved, the recovery file is no longer needed and goes.
     */
    public void saveNow() {
        if (document == null) {
            return;
        }
        if (!document.stack().isDirty()) {
            if (hasRecovery() && document.file() != null) {
                discard();
            }
            return;
        }
        if (document.design().revision() == savedRevision) {
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

    /**
     * A recovery file left by an instance that is no longer running (the newest, when there are several), or empty.
     * The files of running instances, this one included, are never offered.
     */
    public Optional<Path> orphan() {
        Path dir = recoveryFile.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.equals(recoveryFile.toAbsolutePath()) && ownerIsGone(f))
                    .max(Comparator.comparing(Autosave::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes a recovered file over as this instance's recovery file: written here before the orphan is deleted, so
     * at every moment one of them holds the recovered design.
     */
    public void adopt(Path orphan) {
        try {
            AtomicFiles.write(recoveryFile, Files.readString(orphan), DesignFile.backupOf(recoveryFile));
            if (document != null) {
                savedRevision = document.design().revision();
            }
            discardFile(orphan);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot keep the recovered design in " + recoveryFile + ": "
                    + e.getMessage());
        }
    }

    /** Deletes this instance's recovery file (the design was saved, or the user chose to discard it). */
    public void discard() {
        discardFile(recoveryFile);
    }

    /** Deletes a recovery file and its backup. */
    public static void discardFile(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(DesignFile.backupOf(file));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete " + file + ": " + e.getMessage());
        }
    }

    public boolean hasRecovery() {
        return Files.isRegularFile(recoveryFile);
    }

    public void stop() {
        timer.stop();
    }

    private static boolean ownerIsGone(Path file) {
        Matcher m = RECOVERY.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        if (m.group(1) == null) {
            return true; // written by a version of Archway that shared one file
        }
        try {
            return ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
