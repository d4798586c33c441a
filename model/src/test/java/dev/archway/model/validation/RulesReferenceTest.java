package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulesReferenceTest {
    private static final Path DOC = Path.of("../docs/rules.md");

    @Test
    void docsRulesMdIsGeneratedFromTheRegistry() throws IOException {
        String expected = RulesReference.markdown();
        if (Boolean.getBoolean("archway.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/rules.md is stale: regenerate it with -Darchway.updateDocs=true");
    }

    @Test
    void everyRuleHasOneRow() {
        long rows = RulesReference.markdown().lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(Rules.all().size(), rows);
    }
}
