package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.SyntheticDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCliTest {
    @TempDir
    Path dir;

    @Test
    void exportsATemplateAsJson() throws Exception {
        Path template = CliDesigns.template(dir);
        Path out = dir.resolve("web.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("export", template.toString(), "--to", "cfn-json", "--out", out.toString()));
            assertEquals("wrote CloudFormation template (JSON) to " + out + "\n", io.out());
        }
        assertEquals(new CfnImporter().importTemplate(template), new CfnImporter().importTemplate(out));
    }

    @Test
    void exportsDjangoSettingsIntoAFolder() throws Exception {
        Path out = dir.resolve("django");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("export", CliDesigns.template(dir).toString(), "--to", "django", "--out",
                    out.toString()));
        }
        assertTrue(Files.readString(out.resolve("shop/settings.py")).contains("DATABASES = {"));
        assertTrue(Files.readString(out.resolve("shop/dbrouters.py")).contains("def db_for_read"));
    }

    @Test
    void writesADesignPastTheLimitsAsAFolderOfNestedStacks() throws Exception {
        Path design = dir.resolve("big.archway.json");
        DesignFile.write(SyntheticDesigns.generate(600), design);
        Path out = dir.resolve("big");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("export", design.toString(), "--to", "cfn-yaml", "-o", out.toString()));
            assertEquals("wrote CloudFormation template (YAML) to the folder " + out + ": a parent template and 11 "
                    + "nested stacks, since the design is past CloudFormation's limits for one template (README.md "
                    + "says how to deploy them)\n", io.out());
        }
        assertTrue(Files.isRegularFile(out.resolve("template.yaml")) && Files.isRegularFile(out.resolve("README.md")));
        assertEquals(DesignFile.read(design), new CfnImporter().importTemplate(out));
    }

    @Test
    void refusesToWriteNestedStacksOverAFile() throws Exception {
        Path design = dir.resolve("big.archway.json");
        DesignFile.write(SyntheticDesigns.generate(600), design);
        Path out = dir.resolve("big.yaml");
        Files.writeString(out, "keep me");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("export", design.toString(), "--to", "cfn-yaml", "-o", out.toString()));
            assertEquals(out + ": is a file, but this export writes a folder (a parent template and 11 nested stacks: "
                    + "the design is past CloudFormation's limits for one template); name a folder\n", io.err());
        }
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void rejectsAnUnknownFormatListingTheValidOnes() throws Exception {
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("export", CliDesigns.template(dir).toString(), "--to", "pdf", "--out",
                    dir.resolve("x").toString()));
            assertEquals("unknown format 'pdf'; valid formats: cfn-yaml, cfn-json, django, apache, nginx, svg, png\n",
                    io.err().replaceAll(", cdk[^,\\n]*", ""));
        }
    }

    @Test
    void rejectsABadTemplateWithOneLineAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: !Ref Nope}\n");
        Path out = dir.resolve("out.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("export", bad.toString(), "--to", "cfn-json", "--out", out.toString()));
            assertEquals(bad + " at Resources.Vpc: refers to 'Nope', which is neither a parameter nor a resource\n",
                    io.err());
        }
        assertFalse(Files.exists(out));
    }
}
