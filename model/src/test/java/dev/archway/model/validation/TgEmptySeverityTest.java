package dev.archway.model.validation;

import static dev.archway.model.validation.RuleFixture.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.lb.TargetGroup;
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

    @Test
    void anEmptyGroupTheOutputsHandOnIsInfo() {
        Design d = emptyWebGroup();
        d.setCfnExtras("Vpc", Map.of("Archway::Template", Map.of("Outputs",
                Map.of("WebGroup", Map.of("Value", Map.of("Ref", "WebTg"))))));
        assertEquals(List.of(Severity.INFO), tgEmpty(d));
    }

    @Test
    void anOutputOfTheForwardingListenerCountsToo() {
        Design d = emptyWebGroup();
        d.setCfnExtras("Vpc", Map.of("Archway::Template", Map.of("Outputs",
                Map.of("Listener", Map.of("Value", Map.of("Fn::GetAtt", List.of("HttpsListener", "ListenerArn")))))));
        assertEquals(List.of(Severity.INFO), tgEmpty(d));
    }

    @Test
    void anOutputOfSomethingElseChangesNothing() {
        Design d = emptyWebGroup();
        d.setCfnExtras("Vpc", Map.of("Archway::Template", Map.of("Outputs",
                Map.of("VpcId", Map.of("Value", Map.of("Ref", "Vpc"))))));
        assertEquals(List.of(Severity.WARNING), tgEmpty(d));
    }
}
