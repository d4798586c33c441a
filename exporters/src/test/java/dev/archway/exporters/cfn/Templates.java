package dev.archway.exporters.cfn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Test access to the template reader, for comparing a template read by other means with what Archway read. */
public final class Templates {
    private Templates() {
    }

    /** The template's tree as the importer reads it (short and long forms are one tree). */
    public static Map<String, Object> read(Path file) throws Exception {
        return TemplateReader.read(Files.readString(file), file);
    }
}
