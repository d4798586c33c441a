package dev.archway.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reproducer 9 of issue 17: whatever the crash point and on a full disk, the previous version of a file and its
 * backup stay intact, and what a crash leaves behind is cleaned by the next save.
 */
class SaveSafetyTest {
    @TempDir
    Path dir;

    @AfterEach
    void realDisk() {
        AtomicFiles.opener = file -> FileChannel.open(file, StandardOpenOption.WRITE);
    }

    /** A disk with {@code free} bytes left: writing past them fails as a full disk does. */
    private static void diskWithRoomFor(long free) {
        AtomicFiles.opener = file -> new LimitedChannel(FileChannel.open(file, StandardOpenOption.WRITE), free);
    }

    @Test
    void aFullDiskLeavesTheDesignAndItsBackupAsTheyWere() throws Exception {
        Path design = Files.writeString(dir.resolve("d.archway.json"), "version 1\n");
        Path backup = Files.writeString(dir.resolve("d.archway.json.bak"), "version 0\n");
        diskWithRoomFor(4);
        assertThrows(IOException.class, () -> AtomicFiles.write(design, "version 2, longer\n", backup));
        assertEquals("version 1\n", Files.readString(design));
        assertEquals("version 0\n", Files.readString(backup));
        assertEquals(List.of("d.archway.json", "d.archway.json.bak"), names(dir));
    }

    @Test
    void aSaveKeepsThePreviousVersionAsTheBackup() throws Exception {
        Path design = Files.writeString(dir.resolve("d.archway.json"), "version 1\n");
        Path backup = dir.resolve("d.archway.json.bak");
        AtomicFiles.write(design, "version 2\n", backup);
        assertEquals("version 2\n", Files.readString(design));
        assertEquals("version 1\n", Files.readString(backup));
        AtomicFiles.write(design, "version 3\n", backup);
        assertEquals("version 2\n", Files.readString(backup));
    }

    @Test
    void theNextSaveCleansTempFilesACrashLeftAndNoOthers() throws Exception {
        Path design = Files.writeString(dir.resolve("d.archway.json"), "version 1\n");
        Files.writeString(dir.resolve(".d.archway.json.archway-123.tmp"), "half");
        Files.writeString(dir.resolve(".d.archway.json.bak.archway-456.tmp"), "half");
        Files.writeString(dir.resolve(".other.archway.json.archway-789.tmp"), "someone else's");
        AtomicFiles.write(design, "version 2\n", dir.resolve("d.archway.json.bak"));
        assertEquals(List.of(".other.archway.json.archway-789.tmp", "d.archway.json", "d.archway.json.bak"),
                names(dir));
    }

    @Test
    void textThatUtf8CannotHoldIsRefusedBeforeAnythingIsTouched() throws Exception {
        Path design = Files.writeString(dir.resolve("d.archway.json"), "version 1\n");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(design, "bad \ud800\n", dir.resolve("d.archway.json.bak")));
        assertTrue(e.getMessage().startsWith(design + ": the content holds text that is not Unicode"), e.getMessage());
        assertEquals(List.of("d.archway.json"), names(dir));
    }

    /**
     * 200 saves in a forked JVM, each killed with SIGKILL at a random moment, alternating a small and a large
     * design: after every kill the design is one of the two versions and the backup a complete earlier version.
     */
    @Test
    void killingASaveAtAnyPointLosesNeitherTheDesignNorItsBackup() throws Exception {
        String small = "{\"v\": \"small\"}\n";
        String large = "{\"v\": \"" + "L".repeat(8 * 1024 * 1024) + "\"}\n";
        Path design = dir.resolve("d.archway.json");
        Path backup = dir.resolve("d.archway.json.bak");
        Random random = new Random(17);
        for (int run = 0; run < 200; run++) {
            Files.writeString(design, "v1 " + run + "\n");
            Files.writeString(backup, "v0 " + run + "\n");
            String next = run % 2 == 0 ? small : large;
            Process saver = SaverProcess.start(design, next);
            saver.getInputStream().read(); // the saver says it is about to write
            Thread.sleep(random.nextInt(run % 2 == 0 ? 3 : 40));
            saver.destroyForcibly();
            saver.waitFor(30, TimeUnit.SECONDS);
            String now = Files.readString(design);
            String before = Files.readString(backup);
            assertTrue(now.equals("v1 " + run + "\n") || now.equals(next), "run " + run + ": design " + now.length());
            assertTrue(before.equals("v0 " + run + "\n") || before.equals("v1 " + run + "\n"),
                    "run " + run + ": backup " + before.length());
        }
        AtomicFiles.write(design, small, backup);
        assertEquals(List.of("d.archway.json", "d.archway.json.bak"), names(dir));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A channel that fails with "No space left on device" past a number of bytes. */
    private static final class LimitedChannel extends FileChannel {
        private final FileChannel inner;
        private long room;

        LimitedChannel(FileChannel inner, long room) {
            this.inner = inner;
            this.room = room;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (src.remaining() > room) {
                ByteBuffer part = src.slice().limit((int) room);
                inner.write(part);
                throw new IOException("No space left on device");
            }
            room -= src.remaining();
            return inner.write(src);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return inner.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return inner.read(dsts, offset, length);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public long position() throws IOException {
            return inner.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            inner.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return inner.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            inner.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            inner.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, java.nio.channels.WritableByteChannel target)
                throws IOException {
            return inner.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(java.nio.channels.ReadableByteChannel src, long position, long count)
                throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return inner.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public java.nio.MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            throw new IOException("not supported");
        }

        @Override
        public java.nio.channels.FileLock lock(long position, long size, boolean shared) throws IOException {
            return inner.lock(position, size, shared);
        }

        @Override
        public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return inner.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            inner.close();
        }
    }
}
