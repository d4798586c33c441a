package dev.archway.model.validation;

import static dev.archway.model.validation.RuleFixture.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 7: an empty target group is a warning, unless the template hands it (or the listener forwarding
 * to it) to other stacks through Outputs, where targets may be registered
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html): then info.
 */
class TgEmptySeverityTest {

    private static List<Severity> tgEmpty(Design design) {
        return new Validator().validate(design).stream().filter(f -> f.ruleId().equals("TG-EMPTY"))
                .map(Finding::severity).toList();
    }

    private static Design emptyWebGroup() {
        Design d = ShopDesign.build();
        edit(d, "WebTg", TargetGroup.class, g -> g.withTargets(List.of()));
        return d;
    }

    @Test
    void anEmptyGroupInUseIsAWarning() {
        assertEquals(List.of(Severity.WARNING), tgEmpty(emptyWebGroup()));
    }

    /** The empty group's design with one Output kept from its template, as the importer keeps them. */
    private static Design withOutput(Object value) {
        Design d = emptyWebGroup();
        d.setCfnExtras("Vpc", Map.of("Archway::Template", Map.of("Outputs", Map.of("Out", Map.of("Value", value)))));
        return d;
    }

    @Test
    void anEmptyGroupTheOutputsHandOnIsInfo() {
        assertEquals(List.of(Severity.INFO), tgEmpty(withOutput(Map.of("Ref", "WebTg"))));
    }

    @Test
    void anOutputOfTheForwardingListenerCountsToo() {
        assertEquals(List.of(Severity.INFO),
                tgEmpty(withOutput(Map.of("Fn::GetAtt", List.of("HttpsListener", "ListenerArn")))));
    }

    /** In a design of several stacks, only the group's own stack's Outputs hand it on (by its name there). */
    @Test
    void inADesignOfSeveralStacksOnlyTheGroupsOwnStackHandsItOn() {
        Design d = emptyWebGroup();
        d.setCfnExtras("WebTg", Map.of("Archway::Stack", Map.of("Stack", "service", "LocalName", "Tg")));
        d.setCfnExtras("Vpc", Map.of("Archway::Stack", Map.of("Stack", "network"),
                "Archway::Template", Map.of("Outputs", Map.of("Out", Map.of("Value", Map.of("Ref", "Tg"))))));
        assertEquals(List.of(Severity.WARNING), tgEmpty(d), "another stack's Output names its own Tg");
        d.setCfnExtras("WebTg", Map.of("Archway::Stack", Map.of("Stack", "network", "LocalName", "Tg")));
        assertEquals(List.of(Severity.INFO), tgEmpty(d), "the group's own stack exports it for others");
    }

    @Test
    void anOutputOfSomethingElseChangesNothing() {
        assertEquals(List.of(Severity.WARNING), tgEmpty(withOutput(Map.of("Ref", "Vpc"))));
    }
}
