package dev.archway.exporters.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.InputException;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignSourcesTest {
    @TempDir
    Path dir;

    @Test
    void opensADesignFile() throws IOException, InputException {
        Design design = Examples.defaultDesign();
        Path file = dir.resolve("shop.archway.json");
        DesignFile.write(design, file);
        assertEquals(design, DesignSources.load(file));
    }

    @Test
    void tellsDesignsFromTemplatesByContent() {
        assertTrue(DesignSources.isDesign("{\n  \"formatVersion\": 1,\n  \"name\": \"x\"}"));
        assertTrue(DesignSources.isDesign("{\"name\": \"x\", \"formatVersion\": 1, \"elements\": []}"));
        assertFalse(DesignSources.isDesign("{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}"));
        assertFalse(DesignSources.isDesign("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n"
                + "    Metadata: {\"formatVersion\": 2}\n"));
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("missing.yaml");
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> DesignSources.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
