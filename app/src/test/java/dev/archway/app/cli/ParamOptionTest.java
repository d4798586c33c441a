package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --param Name=Value}: validate (and simulate, lesson check) evaluate the template with that value. */
class ParamOptionTest {
    @TempDir
    Path dir;

    private Path template() throws Exception {
        Path file = dir.resolve("admin.yaml");
        Files.writeString(file, """
                Parameters:
                  AdminCidr: {Type: String, Default: 10.0.0.0/8}
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                  AdminSg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: admin
                      VpcId: !Ref Vpc
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref AdminCidr}
                """);
        return file;
    }

    @Test
    void aParameterValueChangesWhatValidationFinds() throws Exception {
        Path file = template();
        try (CliStreams io = new CliStreams()) {
            ArchwayCli.run("validate", file.toString(), "--fail-on", "error");
            assertFalse(io.out().contains("SG-OPEN-ADMIN"), io.out());
        }
        try (CliStreams io = new CliStreams()) {
            ArchwayCli.run("validate", file.toString(), "--param", "AdminCidr=0.0.0.0/0");
            assertTrue(io.out().contains("SG-OPEN-ADMIN"), io.out());
        }
    }

    @Test
    void anUnknownParameterIsOneLineAndExitTwo() throws Exception {
        Path file = template();
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("validate", file.toString(), "--param", "Nope=1"));
            assertEquals(1, io.err().lines().count(), io.err());
            assertTrue(io.err().contains("the template has no Parameter Nope (it has AdminCidr)"), io.err());
        }
    }
}
