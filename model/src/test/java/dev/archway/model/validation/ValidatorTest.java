package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.ElementRule;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void cleanDesignHasNoFindings() {
        assertEquals(List.of(), summaries(new Validator().validate(ShopDesign.build())));
    }

    @Test
    void ruleThatThrowsBecomesAnInternalFindingNamingTheRule() {
        ElementRule<LoadBalancer> broken = new ElementRule<>() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("BROKEN", Severity.WARNING, "t", "e", "https://example.com");
            }

            @Override
            public List<Class<? extends LoadBalancer>> subjectTypes() {
                return List.of(LoadBalancer.class);
            }

            @Override
            public List<Finding> check(LoadBalancer subject, Topology index) {
                throw new IllegalStateException("boom");
            }
        };
        List<Finding> findings = new Validator(List.of(broken)).validate(ShopDesign.build());
        assertEquals(List.of("INTERNAL [Alb]", "INTERNAL [Nlb]"), summaries(findings));
        assertEquals("rule BROKEN failed on Alb: java.lang.IllegalStateException: boom", findings.get(0).message());
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }

    @Test
    void findingsComeInRegistryOrderThenBySubjectId() {
        Design design = ShopDesign.build();
        design.remove("MsgTg");
        design.remove("WebTg");
        List<String> rules = new Validator().validate(design).stream().map(Finding::ruleId).distinct().toList();
        List<String> registryOrder = Rules.all().stream().map(r -> r.info().id()).filter(rules::contains).toList();
        assertEquals(registryOrder, rules);
    }

    static List<String> summaries(List<Finding> findings) {
        return findings.stream().map(Finding::summary).toList();
    }

    static List<String> names(List<? extends Element> elements) {
        return elements.stream().map(Element::name).toList();
    }
}
