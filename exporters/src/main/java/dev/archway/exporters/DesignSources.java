package dev.archway.exporters;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    public static Design load(Path file) throws InputException {
        if (Files.isDirectory(file)) {
            return new CfnImporter().importTemplate(file);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, null, "no such file");
        } catch (MalformedInputException e) {
            throw new InputException(file, null, "not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new InputException(file, null, "cannot be read: " + e.getMessage());
        }
        if (isDesign(text)) {
            return DesignFile.fromJson(text, file);
        }
        return new CfnImporter().importTemplate(file);
    }

    /** Archway writes formatVersion first; a template never has it at the top level. */
    static boolean isDesign(String text) {
        return FORMAT_VERSION.matcher(text).find() || (!text.contains("AWSTemplateFormatVersion")
                && !text.contains("\"Resources\"") && !text.contains("Resources:") && text.contains("\"formatVersion\""));
    }
}
