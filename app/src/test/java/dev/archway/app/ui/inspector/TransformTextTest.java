package dev.archway.app.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.model.lb.RuleTransform;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransformTextTest {

    @Test
    void aHostRewriteAndAUrlRewriteReadBackAsWritten() {
        List<RuleTransform> transforms = List.of(RuleTransform.hostHeader("^(.*)\\.example\\.com$", "$1.internal"),
                RuleTransform.url("^/api/(.*)", "/$1"));
        String text = TransformText.format(transforms);
        assertEquals("host-header-rewrite: ^(.*)\\.example\\.com$ => $1.internal; url-rewrite: ^/api/(.*) => /$1", text);
        assertEquals(transforms, TransformText.parse(text));
    }

    @Test
    void rewritesOfOneTypeFormOneTransformAndAnEmptyLineMeansNone() {
        assertEquals(List.of(new RuleTransform(RuleTransform.Type.URL_REWRITE, List.of(
                new RuleTransform.Rewrite("^/a", "/b"), new RuleTransform.Rewrite("^/c", "/d")))),
                TransformText.parse("url-rewrite: ^/a => /b; url-rewrite: ^/c => /d"));
        assertEquals(List.of(), TransformText.parse("  "));
    }

    @Test
    void anUnknownTypeAMissingArrowOrABadRegexIsRefusedWithTheReason() {
        assertEquals("a transform is host-header-rewrite or url-rewrite, not 'path-rewrite'",
                assertThrows(IllegalArgumentException.class, () -> TransformText.parse("path-rewrite: a => b"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> TransformText.parse("url-rewrite: ^/a /b"));
        assertEquals("not a regex: Unclosed group", assertThrows(IllegalArgumentException.class,
                () -> TransformText.parse("url-rewrite: ^/(a => /b")).getMessage());
    }
}
