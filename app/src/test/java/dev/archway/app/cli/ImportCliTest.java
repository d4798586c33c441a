package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.cfn.CfnYamlExporter;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCliTest {
    @TempDir
    Path dir;

    @Test
    void importsATemplateIntoADesignFile() throws Exception {
        Path template = CliDesigns.template(dir);
        Path out = dir.resolve("web.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("import", template.toString(), "--out", out.toString()));
            assertEquals("imported 18 elements (0 resources kept as they are) to " + out + "\n", io.out());
        }
        assertEquals(CliDesigns.web(), DesignFile.read(out));
        assertEquals(new CfnImporter().importTemplate(template), DesignFile.read(out));
    }

    @Test
    void importsAFolderOfNestedStacksAsOneDesign() throws Exception {
        Design big = SyntheticDesigns.generate(600);
        Path folder = dir.resolve("big");
        ExportWriter.write(new CfnYamlExporter().render(big), folder);
        Path out = dir.resolve("big.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("import", folder.toString(), "--out", out.toString()));
            assertEquals("imported " + big.size() + " elements (0 resources kept as they are) to " + out + "\n",
                    io.out());
        }
        assertEquals(big, DesignFile.read(out));
    }

    @Test
    void explainSaysWhereEachKeptResourceStoppedModelling() throws Exception {
        Path template = dir.resolve("alb.yaml");
        Files.writeString(template, """
                Parameters:
                  UseHttps: {Type: String, Default: 'no'}
                Conditions:
                  Https: !Equals [!Ref UseHttps, 'yes']
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                  Queue:
                    Type: AWS::SQS::Queue
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: web
                      VpcId: !GetAtt Queue.Arn
                """);
        Path out = dir.resolve("alb.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("import", template.toString(), "--out", out.toString(), "--explain"));
            assertEquals(List.of("imported 4 elements (2 resources kept as they are) to " + out,
                    "kept Resources.Queue: AWS::SQS::Queue is not a type the model draws",
                    "kept Resources.Sg.Properties.VpcId: Fn::GetAtt Queue.Arn refers to Queue (AWS::SQS::Queue), "
                            + "which is kept as it is"), io.out().lines().toList());
        }
    }

    @Test
    void rejectsWhatIsNotATemplateWithOneLine() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"Resources\": ");
        Path out = dir.resolve("out.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", bad.toString(), "--out", out.toString()));
            assertEquals(1, io.err().lines().count());
            assertEquals(true, io.err().startsWith(bad + " at line 1: not valid JSON"));
        }
        assertFalse(Files.exists(out));
    }
}
