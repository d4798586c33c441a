package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Characters outside the Basic Multilingual Plane read back whole wherever they fall in the text. */
class TemplateReaderUnicodeTest {
    private static final String GLOBE = "\ud83c\udf0d";

    /** The YAML reader fills a 1024-character buffer; an emoji across its edge once failed the import. */
    @ParameterizedTest
    @ValueSource(ints = {1020, 1021, 1022, 1023, 1024, 1025, 2046, 2047, 2048})
    void anEmojiAcrossTheReadersBufferEdgeReadsBackWhole(int emojiAt) throws Exception {
        String prefix = "Description: \"";
        String description = "x".repeat(emojiAt - prefix.length()) + GLOBE;
        String yaml = prefix + description + "\"\nResources: {}\n";

        Map<String, Object> template = TemplateReader.read(yaml, Path.of("emoji.yaml"));

        assertEquals(description, template.get("Description"));
    }
}
