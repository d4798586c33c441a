package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.Protocol;
import dev.archway.model.rule.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An external element (what a template takes from another stack or a Parameter, with the facts the template cannot
 * say assumed) is checked in the stack that defines it: no element rule reports on it here.
 */
class ExternalSubjectsTest {

    private static List<String> findingsOn(Design d, String name) {
        String id = d.byName(name).orElseThrow().id();
        return new Validator().validate(d).stream().filter(f -> f.resourceIds().contains(id)).map(Finding::ruleId)
                .toList();
    }

    private static Design withBareListener() {
        Design d = ShopDesign.build();
        d.put(new Listener("Imported", "Imported", "Alb", Protocol.HTTP, 8080, List.of(), null, List.of()));
        return d;
    }

    @Test
    void aListenerOfThisDesignWithoutActionsIsReported() {
        assertTrue(findingsOn(withBareListener(), "Imported").contains("RULE-TERMINAL-ACTION"));
    }

    @Test
    void theSameListenerTakenFromAnotherStackIsNot() {
        Design d = withBareListener();
        d.setCfnExtras("Imported", Map.of("Archway::External", Map.of("Expression",
                Map.of("Fn::ImportValue", "network-Listener"))));
        List<String> rulesOfListeners = List.of("RULE-TERMINAL-ACTION", "HTTP-NOT-REDIRECTED");
        assertEquals(List.of(), findingsOn(d, "Imported").stream().filter(rulesOfListeners::contains).toList());
    }
}
