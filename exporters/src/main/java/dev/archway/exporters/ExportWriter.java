package dev.archway.exporters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes an export to disk, each file through {@link AtomicFiles}: no half-written file, and a file it replaces is
 * kept as {@code NAME.bak}. It never writes over the file the export was made from.
 */
public final class ExportWriter {
    private ExportWriter() {
    }

    public static void write(ExportOutput output, Path out) throws IOException {
        write(output, out, null);
    }

    /** As {@link #write(ExportOutput, Path)}, refusing to replace {@code input} (null when there is none). */
    public static void write(ExportOutput output, Path out, Path input) throws IOException {
        if (!output.directory()) {
            replace(out, output.content(), input);
            return;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException(out + " is a file; this export writes a folder");
        }
        for (Map.Entry<String, String> file : output.files().entrySet()) {
            refuseInput(out.resolve(file.getKey()), input);
        }
        for (Map.Entry<String, String> file : output.files().entrySet()) {
            replace(out.resolve(file.getKey()), file.getValue(), input);
        }
    }

    public static void writeAtomically(Path target, String content) throws IOException {
        replace(target, content, null);
    }

    private static void replace(Path target, String content, Path input) throws IOException {
        refuseInput(target, input);
        AtomicFiles.write(target, content, backupOf(target));
    }

    /** Where a replaced output is kept. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static void refuseInput(Path target, Path input) throws IOException {
        if (input != null && Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)) {
            throw new IOException("would replace " + input + ", the file being exported; name another output");
        }
    }
}
