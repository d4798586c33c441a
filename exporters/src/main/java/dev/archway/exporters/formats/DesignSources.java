package dev.archway.exporters.formats;

import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Opens what a user names: an Archway design file or a CloudFormation template (JSON or YAML), told apart by
 * content: a design is a JSON object with a {@code formatVersion} member; anything else is read as a template.
 * A folder is a nested-stacks export: its parent template with the nested stacks beside it.
 */
public final class DesignSources {
    private static final Pattern FORMAT_VERSION = Pattern.compile("\\A\\s*\\{\\s*\"formatVersion\"\\s*:");

    private DesignSources() {
    }

    /** A file read once, and what it is. */
    public record Source(Path file, String text, boolean isDesignFile) {
        public Design design() throws InputException {
            if (text == null) {
                return new CfnImporter().importTemplate(file);
            }
            if (isDesignFile) {
                return DesignFile.fromJson(text, file);
            }
            if (text.length() > InputKind.TEMPLATE.maxBytes()) {
                throw InputFiles.tooLarge(file, InputKind.TEMPLATE, InputKind.TEMPLATE.maxBytes());
            }
            return new CfnImporter().importText(text, file);
        }
    }

    public static Design load(Path file) throws InputException {
        return read(file).design();
    }

    /** Reads {@code file} (a folder is left to the nested-stacks import) and tells a design from a template. */
    public static Source read(Path file) throws InputException {
        if (Files.isDirectory(file)) {
            return new Source(file, null, false);
        }
        refuseLargeTemplate(file);
        String text = InputFiles.read(file, InputKind.DESIGN);
        return new Source(file, text, isDesign(text));
    }

    /**
     * A file past the template limit whose start shows no {@code formatVersion} is a template: refused before it is
     * read (a design is read up to the larger design limit).
     */
    private static void refuseLargeTemplate(Path file) throws InputException {
        long limit = InputKind.TEMPLATE.maxBytes();
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limit
                    && !InputFiles.head(file, 4096).contains("\"formatVersion\"")) {
                throw InputFiles.tooLarge(file, InputKind.TEMPLATE, limit);
            }
        } catch (java.io.IOException e) {
            // reading reports it
        }
    }

    /** Archway writes formatVersion first; a template never has it at the top level. */
    static boolean isDesign(String text) {
        return FORMAT_VERSION.matcher(text).find() || (!text.contains("AWSTemplateFormatVersion")
                && !text.contains("\"Resources\"") && !text.contains("Resources:") && text.contains("\"formatVersion\""));
    }
}
