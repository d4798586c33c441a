package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17's reproducers as the command line sees them: a finding, or one line and exit 2, never a trace. */
class HostileInputCliTest {
    private static final Path FIXTURES = Path.of("..", "exporters", "src", "test", "resources", "hostile");

    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        return Files.copy(FIXTURES.resolve(name), dir.resolve(name));
    }

    @Test
    void aYamlAliasBombAndARecursiveAliasAreRefusedInOneLine() throws Exception {
        for (String name : new String[] {"alias-bomb-48-aliases.yaml", "recursive-alias.yaml"}) {
            Path file = fixture(name);
            for (String command : new String[] {"validate", "import"}) {
                try (CliStreams io = new CliStreams()) {
                    assertEquals(2, command.equals("validate") ? ArchwayCli.run("validate", file.toString())
                            : ArchwayCli.run("import", file.toString(), "--out", dir.resolve("x.archway.json").toString()));
                    assertEquals(1, io.err().lines().count(), io.err());
                    assertTrue(io.err().startsWith(file + " at line "), io.err());
                }
            }
        }
    }

    @Test
    void aLineBreakInAHostedZoneNameIsAFinding() throws Exception {
        Path file = fixture("cdk-comment-injection.yaml");
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("validate", file.toString()));
            assertTrue(io.out().contains("NAME-CONTROL-CHARS"), io.out());
        }
    }

    @Test
    void importReportsBytesThatAreNotUtf8AsValidateDoes() throws Exception {
        Path file = fixture("not-utf8.yaml");
        String validate;
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("validate", file.toString()));
            validate = io.err();
        }
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", file.toString(), "--out", dir.resolve("x.archway.json").toString()));
            assertEquals(validate, io.err());
            assertTrue(io.err().contains("not UTF-8"), io.err());
        }
    }

    @Test
    void halfASurrogatePairIsBlamedOnTheTemplateNotTheOutput() throws Exception {
        Path file = fixture("lone-surrogate.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", file.toString(), "--out", dir.resolve("y.archway.json").toString()));
            assertTrue(io.err().startsWith(file + " at Resources: "), io.err());
        }
    }

    @Test
    void sarifNamesAFileWithSpacesHashesAndPercentsByAValidUri() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("my dir #1"));
        Path file = Files.copy(FIXTURES.resolve("one-az-alb.yaml"), folder.resolve("one az 100%.yaml"));
        try (CliStreams io = new CliStreams()) {
            ArchwayCli.run("validate", file.toString(), "--format", "sarif");
            JsonNode uri = new ObjectMapper().readTree(io.out()).at("/runs/0/results/0/locations/0/physicalLocation"
                    + "/artifactLocation/uri");
            assertEquals(file, Path.of(URI.create(uri.asText())));
        }
    }

    @Test
    void anEndlessDeviceIsRefusedByEveryCommandThatReadsIt() throws Exception {
        if (!Files.exists(Path.of("/dev/zero"))) {
            return;
        }
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", "/dev/zero", "--out", dir.resolve("z.archway.json").toString()));
            assertEquals("/dev/zero at line 1, byte 1: not a text file (it holds a NUL byte)\n", io.err());
        }
    }

    /** A line break or an escape sequence in a name is shown as U+XXXX: it cannot split a line or drive the terminal. */
    @Test
    void controlCharactersFromAFileAreShownNotObeyed() throws Exception {
        Path template = Files.writeString(dir.resolve("esc.yaml"),
                "Resources:\n  \"Bad\\nId\\e[2J\":\n    Type: AWS::SNS::Topic\n");
        try (CliStreams io = new CliStreams()) {
            assertEquals(1, ArchwayCli.run("validate", template.toString()));
            assertTrue(io.out().lines().anyMatch(l -> l.contains("NAME-CONTROL-CHARS") && l.contains(
                    "BadU+000AIdU+001B[2J")), io.out());
            assertTrue(io.out().chars().noneMatch(c -> c == 0x1b), io.out());
        }
        try (CliStreams io = new CliStreams()) {
            ArchwayCli.run("import", template.toString(), "--out", dir.resolve("esc.archway.json").toString(),
                    "--explain");
            assertTrue(io.out().contains("BadU+000AIdU+001B[2J"), io.out());
            assertTrue(io.out().chars().noneMatch(c -> c == 0x1b), io.out());
        }
        Path assumptions = Files.writeString(dir.resolve("esc-assume.yaml"), "\"foo\\nbar\": 1\n");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("validate", template.toString(), "--assume", assumptions.toString()));
            assertEquals(1, io.err().lines().count(), io.err());
            assertTrue(io.err().startsWith(assumptions + " at fooU+000Abar: "), io.err());
        }
    }
}
