package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchwayCliTest {
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

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsAnUnknownCommandWithOneLine() {
        assertEquals(2, ArchwayCli.run("frobnicate", "x.json"));
        assertEquals("archway: unknown command 'frobnicate' (commands: validate, simulate, export, import, open, lesson, "
                + "doctor, drift) (see 'archway --help')\n", stderr());
    }

    @Test
    void rejectsAMissingFileWithOneLineNamingIt() {
        Path missing = dir.resolve("missing.archway.json");
        assertEquals(2, ArchwayCli.run("validate", missing.toString()));
        assertEquals(missing + ": no such file\n", stderr());
    }

    @Test
    void refusesToOpenAMissingFile() {
        Path missing = dir.resolve("missing.archway.json");
        assertEquals(2, ArchwayCli.run("open", missing.toString()));
        assertEquals(missing + ": no such file\n", stderr());
    }

    @Test
    void refusesToOpenABrokenDesign() throws Exception {
        Path broken = dir.resolve("broken.archway.json");
        Files.writeString(broken, "{\"formatVersion\": 7, \"name\": \"x\", \"elements\": []}");
        assertEquals(2, ArchwayCli.run("open", broken.toString()));
        assertEquals(broken + " at $.formatVersion: unsupported version 7; this Archway reads version 1\n", stderr());
    }

    @Test
    void rejectsAnUnknownFlagWithOneLine() {
        assertEquals(2, ArchwayCli.run("validate", "--bogus", "design.archway.json"));
        assertEquals("archway validate: Unknown option: '--bogus' (see 'archway validate --help')\n", stderr());
    }

    @Test
    void rejectsAMissingParameterWithOneLine() {
        assertEquals(2, ArchwayCli.run("open"));
        assertEquals("archway open: Missing required parameter: 'FILE' (see 'archway open --help')\n", stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "simulate", "export", "import", "open"})
    void explainsEveryCommandWithHelp(String command) {
        assertEquals(0, ArchwayCli.run(command, "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: archway " + command), out.toString());
        assertEquals("", stderr());
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("broken\non two lines");
        }
    }

    private int runBoom(boolean debug) {
        picocli.CommandLine boom = ArchwayCli.configure(new picocli.CommandLine(new Boom()), debug);
        boom.setErr(new java.io.PrintWriter(System.err, true));
        return boom.execute();
    }

    @Test
    void reportsAnInternalErrorWithItsOwnCodeInOneLineWithAHintToReportIt() {
        assertEquals(ArchwayCli.INTERNAL_ERROR, runBoom(false));
        assertEquals("boom: internal error: java.lang.IllegalStateException: broken (a bug in Archway: please report"
                + " it with the output of the same command run with --debug)\n", stderr());
    }

    @Test
    void printsTheStackTraceOfAnInternalErrorOnlyWithDebug() {
        assertEquals(ArchwayCli.INTERNAL_ERROR, runBoom(true));
        assertTrue(stderr().lines().anyMatch(l -> l.contains("at dev.archway.app.cli.ArchwayCliTest$Boom.call")),
                stderr());
    }

    @Test
    void acceptsDebugAnywhereAndChangesNothingWhenAllIsWell() throws Exception {
        Path missing = dir.resolve("missing.archway.json");
        assertEquals(2, ArchwayCli.run("validate", "--debug", missing.toString()));
        assertEquals(missing + ": no such file\n", stderr());
    }
}
