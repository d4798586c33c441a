package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.app.cli.output.FindingsFixture;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path findingsDesign() throws IOException {
        Path file = dir.resolve("findings.archway.json");
        DesignFile.write(FindingsFixture.design(), file);
        return file;
    }

    @Test
    void exitsOneWhenAnErrorIsFoundAndPrintsTheText() throws IOException {
        Path file = findingsDesign();
        assertEquals(1, ArchwayCli.run("validate", file.toString()));
        assertTrue(stdout().startsWith("1 error\n  LB-TWO-AZ  Alb has subnets in only eu-west-1a\n"), stdout());
        assertTrue(stdout().endsWith(file + ": 1 error, 1 warning, 1 info.\n"), stdout());
        assertEquals("", stderr());
    }

    @Test
    void failOnChoosesTheSeverityThatFails() throws IOException {
        Path file = findingsDesign();
        DesignFile.write(withoutErrors(), file);
        assertEquals(0, ArchwayCli.run("validate", file.toString()));
        assertEquals(1, ArchwayCli.run("validate", file.toString(), "--fail-on", "warning"));
        assertEquals(1, ArchwayCli.run("validate", file.toString(), "--fail-on", "info"));
    }

    private static Design withoutErrors() {
        Design design = FindingsFixture.design();
        design.put(design.get("Alb", dev.archway.model.lb.LoadBalancer.class).withSubnets(List.of("PublicA", "PublicB")));
        return design;
    }

    @Test
    void writesJsonForTools() throws IOException {
        Path file = findingsDesign();
        ArchwayCli.run("validate", file.toString(), "--format", "json");
        assertTrue(stdout().startsWith("{\n  \"findings\" : [\n    {\n      \"rule\" : \"LB-TWO-AZ\""), stdout());
    }

    @Test
    void writesSarif() throws IOException {
        Path file = findingsDesign();
        ArchwayCli.run("validate", file.toString(), "--format", "sarif");
        assertTrue(stdout().contains("\"version\" : \"2.1.0\""), stdout());
    }

    @Test
    void fixRepairsTheDesignOnDiskAndReportsWhatItFixed() throws Exception {
        Path file = findingsDesign();
        assertEquals(0, ArchwayCli.run("validate", file.toString(), "--fix", "--fail-on", "warning"));
        assertTrue(stdout().startsWith("fixed: Add PublicB to Alb\nfixed: Add a reader to Db in AzB\n"
                + "fixed: Close SSH/RDP to the internet in AlbSg\nSaved " + file + " with 3 fixes.\nNo findings in " + file + ".\n"),
                stdout());
        assertEquals(List.of(), new Validator().validate(DesignFile.read(file)));
    }

    @Test
    void fixSaysSoWhenThereIsNothingToFix() throws IOException {
        Path file = dir.resolve("clean.archway.json");
        DesignFile.write(withoutErrors(), file);
        ArchwayCli.run("validate", file.toString(), "--fix", "--fail-on", "info");
        assertTrue(stdout().startsWith("fixed: Add a reader to Db in AzB\nfixed: Close SSH/RDP to the internet in AlbSg\n"
                + "Saved " + file + " with 2 fixes.\n"), stdout());
        out.reset();
        assertEquals(0, ArchwayCli.run("validate", file.toString(), "--fix", "--fail-on", "info"));
        assertEquals("Nothing to fix.\nNo findings in " + file + ".\n", stdout());
    }

    @Test
    void fixWithMachineFormatReportsOnStderr() throws IOException {
        Path file = findingsDesign();
        ArchwayCli.run("validate", file.toString(), "--fix", "--format", "json");
        assertTrue(stderr().startsWith("fixed: Add PublicB to Alb\n"), stderr());
        assertTrue(stdout().startsWith("{"), stdout());
    }

    @Test
    void missingFileIsBadInputNamedOnOneLine() {
        Path missing = dir.resolve("nope.json");
        assertEquals(2, ArchwayCli.run("validate", missing.toString()));
        assertEquals(missing + ": no such file\n", stderr());
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(2, ArchwayCli.run("validate", "x.json", "--format", "xml"));
        assertEquals("archway validate: --format must be text, json or sarif, not 'xml' (see 'archway validate --help')\n",
                stderr());
    }

    @Test
    void unknownFailOnIsAUsageError() {
        assertEquals(2, ArchwayCli.run("validate", "x.json", "--fail-on", "fatal"));
        assertEquals("archway validate: --fail-on must be error, warning or info, not 'fatal' "
                + "(see 'archway validate --help')\n", stderr());
    }

    @Test
    void fixRefusesToRewriteATemplate() throws IOException {
        Path template = Files.writeString(dir.resolve("t.yaml"), "Resources: {}\n");
        assertEquals(2, ArchwayCli.run("validate", template.toString(), "--fix"));
        assertEquals(template + ": --fix rewrites design files only; import the template first\n", stderr());
        assertEquals("Resources: {}\n", Files.readString(template));
    }
}
