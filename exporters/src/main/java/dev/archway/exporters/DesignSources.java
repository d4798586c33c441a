package dev.archway.exporters;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens what a user names: an Archway design file or a CloudFormation template, told apart by content. */
public final class DesignSources {
    private DesignSources() {
    }

    public static Design load(Path file) throws InputException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, null, "no such file");
        } catch (IOException e) {
            throw new InputException(file, null, "cannot be read: " + e.getMessage());
        }
        if (text.contains("\"formatVersion\"")) {
            return DesignFile.read(file);
        }
        return new CfnImporter().importTemplate(file);
    }
}
