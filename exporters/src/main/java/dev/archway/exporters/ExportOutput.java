package dev.archway.exporters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export produces: text files by relative path. A single-file export (a template) has one file and
 * {@code directory == false}, and is written to the path the user names; a directory export (a CDK app, a set of
 * nested stacks, Django settings and routers) is written under it.
 */
public record ExportOutput(Map<String, String> files, boolean directory) {

    public ExportOutput {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    public static ExportOutput singleFile(String suggestedName, String content) {
        return new ExportOutput(Map.of(suggestedName, content), false);
    }

    public static ExportOutput directory(Map<String, String> files) {
        return new ExportOutput(files, true);
    }

    /** The content of a single-file export. */
    public String content() {
        return files.values().iterator().next();
    }
}
