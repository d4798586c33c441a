package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new ArchwayCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void missingFileIsBadInputNamedOnOneLine() {
        Path missing = dir.resolve("nope.json");
        Run run = run("validate", missing.toString());
        assertEquals(2, run.exit());
        assertEquals(missing + ": no such file\n", run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = run("validate", "x.json", "--format", "xml");
        assertEquals(2, run.exit());
        assertEquals("--format must be text, json or sarif, not 'xml'", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void unknownFailOnIsAUsageError() {
        Run run = run("validate", "x.json", "--fail-on", "fatal");
        assertEquals(2, run.exit());
        assertEquals("--fail-on must be error, warning or info, not 'fatal'", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void fixRefusesToRewriteATemplate() throws IOException {
        Path template = Files.writeString(dir.resolve("t.yaml"), "Resources: {}\n");
        Run run = run("validate", template.toString(), "--fix");
        assertEquals(2, run.exit());
        assertEquals(template + ": --fix rewrites design files only; import the template first\n", run.err());
        assertEquals("Resources: {}\n", Files.readString(template));
    }
}
