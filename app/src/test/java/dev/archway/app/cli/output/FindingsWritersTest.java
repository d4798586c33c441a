package dev.archway.app.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.rule.Finding;
import dev.archway.model.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests of the three outputs for {@link FindingsFixture}. After an intended change, regenerate the files
 * with {@code mvn -pl app -am test -Dtest=FindingsWritersTest -Darchway.updateGoldens=true} and review the diff.
 */
class FindingsWritersTest {
    private static final Path GOLDEN = Path.of("src/test/resources/cli");

    private static List<Finding> findings() {
        return new Validator().validate(FindingsFixture.design());
    }

    private static String render(FindingsWriter writer, List<Finding> findings) {
        StringWriter text = new StringWriter();
        writer.write("designs/findings.archway.json", findings, new PrintWriter(text));
        return text.toString();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("archway.updateGoldens")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    @Test
    void textGroupsFindingsBySeverityWorstFirst() throws IOException {
        assertGolden("validate-findings.txt", render(new TextFindingsWriter(false), findings()));
    }

    @Test
    void jsonListsFindingsAndASummary() throws IOException {
        assertGolden("validate-findings.json", render(new JsonFindingsWriter(), findings()));
    }

    @Test
    void sarifHasEveryRuleAndOneResultPerFinding() throws IOException {
        assertGolden("validate-findings.sarif", render(new SarifFindingsWriter(), findings()));
    }

    @Test
    void textSaysSoWhenThereAreNoFindings() {
        assertEquals("No findings in designs/findings.archway.json.\n", render(new TextFindingsWriter(false), List.of()));
    }

    @Test
    void textIsColouredOnlyWhenAskedTo() {
        assertTrue(render(new TextFindingsWriter(true), findings()).contains("\u001b[31;1m1 error\u001b[0m"));
        assertTrue(!render(new TextFindingsWriter(false), findings()).contains("\u001b["));
    }
}
