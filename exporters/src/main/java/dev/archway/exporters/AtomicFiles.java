package dev.archway.exporters;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a text file so that no crash and no full disk loses the previous good version. The new content goes to a
 * temporary file in the same folder and is forced to disk; the previous file becomes the backup by a hard link (or a
 * forced copy) renamed over the old backup; then the temporary file is renamed over the target and the folder is
 * forced. At every instant the target and the backup are each a complete version. Temporary files left by a crash
 * are removed by the next write of the same file. Every file Archway writes for a user goes through here.
 */
public final class AtomicFiles {
    private static final String TEMP_MARK = ".archway-";

    /** Opens a temporary file for writing; tests put a failing one here to play a full disk. */
    interface ChannelOpener {
        FileChannel open(Path file) throws IOException;
    }

    static ChannelOpener opener = file -> FileChannel.open(file, StandardOpenOption.WRITE);

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}; when {@code backup} is not null the previous file is kept there. */
    public static void write(Path target, String content, Path backup) throws IOException {
        byte[] bytes = utf8(content, target);
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStrayTemps(absolute);
        Path tmp = createTemp(absolute);
        try {
            writeForced(tmp, bytes);
            keepPermissions(absolute, tmp);
            if (backup != null && Files.isRegularFile(absolute)) {
                keepBackup(absolute, backup.toAbsolutePath());
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Text that UTF-8 cannot hold (half a surrogate pair) is refused before anything is touched. */
    private static byte[] utf8(String content, Path target) throws IOException {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(content));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IOException(target + ": the content holds text that is not Unicode (half a surrogate pair)", e);
        }
    }

    private static Path createTemp(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), "." + target.getFileName() + TEMP_MARK, ".tmp");
    }

    private static void writeForced(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = opener.open(file)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** The backup is replaced in one rename, by a complete copy of the previous file: never half a backup. */
    private static void keepBackup(Path target, Path backup) throws IOException {
        removeStrayTemps(backup);
        Path tmp = createTemp(backup);
        try {
            Files.delete(tmp);
            try {
                Files.createLink(tmp, target);
            } catch (IOException | UnsupportedOperationException noLinks) {
                Files.createFile(tmp);
                writeForced(tmp, Files.readAllBytes(target));
            }
            Files.move(tmp, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files of {@code target} that a crash left behind. */
    static void removeStrayTemps(Path target) throws IOException {
        Pattern temp = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
                + Pattern.quote(TEMP_MARK) + "\\d+\\.tmp");
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path stray : siblings.filter(p -> temp.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(stray);
            }
        }
    }

    /** A rename is durable only once the folder is on disk; some platforms cannot open a folder, which is fine. */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows: folders are not opened as files, and NTFS orders the rename itself
        }
    }

    /** A temporary file is private to its owner; the written file keeps the old file's permissions (or rw-r--r--). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }
}
