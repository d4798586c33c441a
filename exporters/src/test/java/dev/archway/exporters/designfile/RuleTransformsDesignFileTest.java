package dev.archway.exporters.designfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.archway.model.Design;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleTransform;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 21: a rule's transforms are kept by the design file, and a file without them reads as before. */
class RuleTransformsDesignFileTest {
    private static final Path EXAMPLE = Path.of("src/main/resources/examples/01-alb-host-routing.archway.json");

    @Test
    void transformsSurviveTheDesignFile() throws Exception {
        Design d = DesignFile.read(EXAMPLE);
        ListenerRule rule = d.all(ListenerRule.class).get(0);
        d.put(rule.withTransforms(List.of(RuleTransform.url("^/v1/(.*)$", "/v2/$1"),
                RuleTransform.hostHeader("^api\\.(.+)$", "internal.$1"))));
        Design back = DesignFile.fromJson(DesignFile.toJson(d), EXAMPLE);
        assertEquals(d.get(rule.id()), back.get(rule.id()));
    }

    @Test
    void aRuleWithoutTransformsReadsAsBefore() throws Exception {
        Design d = DesignFile.read(EXAMPLE);
        assertFalse(DesignFile.toJson(d).contains("transforms"));
        d.all(ListenerRule.class).forEach(r -> assertEquals(List.of(), r.transforms()));
    }
}
