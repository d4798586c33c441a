package dev.archway.exporters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes an export to disk, each file through a temporary file and a rename, so no half-written file is ever left. */
public final class ExportWriter {
    private ExportWriter() {
    }

    public static void write(ExportOutput output, Path out) throws IOException {
        if (!output.directory()) {
            writeAtomically(out, output.content());
            return;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException(out + " is a file; this export writes a folder");
        }
        for (Map.Entry<String, String> file : output.files().entrySet()) {
            writeAtomically(out.resolve(file.getKey()), file.getValue());
        }
    }

    public static void writeAtomically(Path target, String content) throws IOException {
        AtomicFiles.write(target, content, null);
    }
}
