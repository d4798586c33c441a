package dev.archway.exporters.designfile;

import dev.archway.exporters.AtomicFiles;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import dev.archway.model.Design;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes Archway design files (format version 1, documented in docs/design-format.md).
 * Saving never leaves a truncated file: the new content goes to a temporary file in the same folder, which then
 * replaces the design in one rename; the previous version is kept next to it as {@code NAME.bak}.
 */
public final class DesignFile {
    public static final String EXTENSION = ".archway.json";

    private DesignFile() {
    }

    public static Design read(Path file) throws InputException {
        return fromJson(InputFiles.read(file, InputKind.DESIGN), file);
    }

    /** Parses a design from text; {@code forMessages} is the file named in error messages. */
    public static Design fromJson(String json, Path forMessages) throws InputException {
        return new DesignReader(forMessages).read(json);
    }

    public static String toJson(Design design) {
        return DesignJson.toJson(design);
    }

    public static void write(Design design, Path file) throws IOException {
        String json;
        try {
            json = toJson(design);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        AtomicFiles.write(file, json, backupOf(file.toAbsolutePath()));
    }

    /** Where {@link #write} keeps the previous version of {@code file}. */
    public static Path backupOf(Path file) {
        return ExportWriter.backupOf(file);
    }
}
