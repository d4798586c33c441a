package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.cfn.CfnImporter;
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
    void rejectsAnUnknownFormatListingTheValidOnes() throws Exception {
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("export", CliDesigns.template(dir).toString(), "--to", "pdf", "--out",
                    dir.resolve("x").toString()));
            assertEquals("unknown format 'pdf'; valid formats: cfn-yaml, cfn-json, django, apache, nginx\n",
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
