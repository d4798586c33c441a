package dev.archway.exporters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one way Archway reads a file a user or another file names, and the bundled resources: at most the size limit of
 * its {@link InputKind} is read (a device such as {@code /dev/zero} reports no size, so the stream itself is cut),
 * the bytes must be UTF-8, and every failure is an {@link InputException} naming the file and the place.
 */
public final class InputFiles {
    private static final int CHUNK = 64 * 1024;

    private InputFiles() {
    }

    public static String read(Path file, InputKind kind) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(file, null, "is a folder, not a file");
        }
        if (Files.isRegularFile(file) && sizeOf(file) > kind.maxBytes()) {
            throw tooLarge(file, kind, kind.maxBytes());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(readAtMost(in, file, kind), file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file, null, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new InputException(file, null, "cannot be read: " + e.getMessage());
        }
    }

    /** A resource bundled in the jar, such as {@code examples/01-alb-host-routing.archway.json}. */
    public static String resource(String name, InputKind kind) throws InputException {
        Path forMessages = Path.of(name);
        try (InputStream in = InputFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new InputException(forMessages, null, "missing from the classpath");
            }
            return decode(readAtMost(in, forMessages, kind), forMessages);
        } catch (IOException e) {
            throw new InputException(forMessages, null, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Where a file names another ({@code startDesign: start.archway.json}, a nested stack's {@code TemplateURL}): only
     * a relative path that stays inside the referring file's folder, also after following links; anything else is
     * refused without being read, and the message never shows another file's content.
     */
    public static Path referenced(Path referrer, String reference, String place) throws InputException {
        Path folder = referrer.toAbsolutePath().normalize().getParent();
        Path named;
        try {
            named = Path.of(reference);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(referrer, place, "names '" + reference + "', which is not a file name");
        }
        Path target = folder.resolve(named).normalize();
        if (named.isAbsolute() || !target.startsWith(folder) || escapesByLink(folder, target)) {
            throw new InputException(referrer, place, "names " + reference + ", which is outside the folder of "
                    + referrer.getFileName() + "; a file may refer only to files in its own folder or below");
        }
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            throw new InputException(referrer, place, "names " + reference + ", which is not a regular file (a device,"
                    + " a pipe or a socket)");
        }
        return target;
    }

    private static boolean escapesByLink(Path folder, Path target) {
        try {
            return Files.exists(target) && !target.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private static byte[] readAtMost(InputStream in, Path file, InputKind kind) throws IOException, InputException {
        long max = kind.maxBytes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            for (int i = 0; i < n; i++) {
                if (chunk[i] == 0) {
                    throw new InputException(file, lineAndByte(bytes.toByteArray(), chunk, i),
                            "not a text file (it holds a NUL byte)");
                }
            }
            bytes.write(chunk, 0, n);
            if (bytes.size() > max) {
                throw tooLarge(file, kind, max);
            }
        }
        return bytes.toByteArray();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading reports it
        }
    }

    /** "line L, byte B" of the byte at {@code index} of {@code chunk}, which follows {@code before}. */
    private static String lineAndByte(byte[] before, byte[] chunk, int index) {
        int line = 1;
        long column = 1;
        for (byte b : before) {
            line += b == '\n' ? 1 : 0;
            column = b == '\n' ? 1 : column + 1;
        }
        for (int i = 0; i < index; i++) {
            line += chunk[i] == '\n' ? 1 : 0;
            column = chunk[i] == '\n' ? 1 : column + 1;
        }
        return "line " + line + ", byte " + column;
    }

    /** The first bytes of a file (at most {@code n}), to tell what it is before reading it all. */
    public static String head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public static InputException tooLarge(Path file, InputKind kind, long max) {
        return new InputException(file, null, "larger than the " + kind.key() + " size limit of " + max
                + " bytes (raise it with -Darchway.limit." + kind.key() + ".bytes=N)");
    }

    private static String decode(byte[] bytes, Path file) throws InputException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, firstBadByte(bytes), "not a text file (not UTF-8)");
        }
    }

    /** "line L, byte B" of the first byte that is not UTF-8. */
    private static String firstBadByte(byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                return "line " + line + ", byte " + (i - lineStart + 1);
            }
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += length;
        }
        return null;
    }

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 when it is malformed. */
    private static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xff;
        int length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3
                : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
        if (length == 0 || i + length > bytes.length) {
            return 0;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, i, length));
            return length;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }
}
