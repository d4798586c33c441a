package dev.archway.app.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reproducer 12 of issue 17: a SARIF artifact location is a valid URI reference whatever the file is called. */
class SarifUriTest {
    @Test
    void encodesSpacesHashesAndPercentsOfARelativePath() {
        String uri = SarifFindingsWriter.uriReference("my dir #1/one az 100%.yaml");
        assertEquals("my%20dir%20%231/one%20az%20100%25.yaml", uri);
        assertEquals("my dir #1/one az 100%.yaml", URI.create(uri).getPath());
    }

    @Test
    void encodesNonAsciiAndKeepsAPlainPathAsItIs() {
        assertEquals("designs/z%C3%BCrich.yaml", SarifFindingsWriter.uriReference("designs/zürich.yaml"));
        assertEquals("shop.archway.json", SarifFindingsWriter.uriReference("shop.archway.json"));
    }

    @Test
    void anAbsolutePathIsAFileUri() {
        String uri = SarifFindingsWriter.uriReference("/tmp/my dir/x.yaml");
        assertEquals(Path.of("/tmp/my dir/x.yaml"), Path.of(URI.create(uri)));
    }

    @Test
    void aColonInTheFirstSegmentIsNotTakenForAScheme() {
        assertEquals("./a:b.yaml", SarifFindingsWriter.uriReference("a:b.yaml"));
    }
}
