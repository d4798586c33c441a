package dev.archway.model.validation.rules.listener;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RuleCondition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionCoverageTest {

    private static ListenerRule rule(RuleCondition... conditions) {
        return new ListenerRule("R", "R", "L", 1, List.of(conditions), List.of(Action.forward("Tg")));
    }

    @Test
    void prefixGlobCoversNarrowerPattern() {
        assertTrue(ConditionCoverage.glob("/img*", "/img/*"));
        assertTrue(ConditionCoverage.glob("/img*", "/img/logo.png"));
        assertFalse(ConditionCoverage.glob("/img/*", "/img*"));
    }

    @Test
    void suffixGlobAndLiteralMatching() {
        assertTrue(ConditionCoverage.glob("*.example.com", "a.b.example.com"));
        assertFalse(ConditionCoverage.glob("*.example.com", "example.com"));
        assertTrue(ConditionCoverage.glob("/a?c", "/abc"));
    }

    @Test
    void complexGlobsAreNeverProven() {
        assertFalse(ConditionCoverage.glob("/a*b*", "/a1b2*"));
    }

    @Test
    void hostsCompareCaseInsensitivelyPathsCaseSensitively() {
        assertTrue(ConditionCoverage.shadows(rule(RuleCondition.host("API.example.com")),
                rule(RuleCondition.host("api.EXAMPLE.com"))));
        assertFalse(ConditionCoverage.shadows(rule(RuleCondition.path("/API")), rule(RuleCondition.path("/api"))));
    }

    @Test
    void ruleWithFewerConditionsShadowsOneWithMore() {
        ListenerRule wide = rule(RuleCondition.host("shop.example.com"));
        ListenerRule narrow = rule(RuleCondition.host("shop.example.com"), RuleCondition.path("/cart"));
        assertTrue(ConditionCoverage.shadows(wide, narrow));
        assertFalse(ConditionCoverage.shadows(narrow, wide));
    }

    @Test
    void everyValueOfTheLaterConditionMustBeCovered() {
        assertFalse(ConditionCoverage.shadows(rule(RuleCondition.path("/a")), rule(RuleCondition.path("/a", "/b"))));
        assertTrue(ConditionCoverage.shadows(rule(RuleCondition.path("/a", "/b")), rule(RuleCondition.path("/b"))));
    }

    @Test
    void sourceIpUsesCidrContainment() {
        assertTrue(ConditionCoverage.shadows(rule(RuleCondition.of(ConditionField.SOURCE_IP, "10.0.0.0/8")),
                rule(RuleCondition.of(ConditionField.SOURCE_IP, "10.1.0.0/16"))));
    }

    @Test
    void queryWithoutKeyCoversAnyKey() {
        assertTrue(ConditionCoverage.shadows(rule(RuleCondition.query(new QueryPair(null, "v1"))),
                rule(RuleCondition.query(new QueryPair("version", "V1")))));
        assertFalse(ConditionCoverage.shadows(rule(RuleCondition.query(new QueryPair("version", "v1"))),
                rule(RuleCondition.query(new QueryPair(null, "v1")))));
    }

    @Test
    void regexConditionsAreNeverProvenToCover() {
        RuleCondition regex = new RuleCondition(ConditionField.PATH_PATTERN, null, List.of(), List.of(), List.of(".*"));
        assertFalse(ConditionCoverage.shadows(rule(regex), rule(RuleCondition.path("/a"))));
    }

    @Test
    void headerConditionsMustNameTheSameHeader() {
        assertTrue(ConditionCoverage.shadows(rule(RuleCondition.header("X-Env", "*")),
                rule(RuleCondition.header("x-env", "beta"))));
        assertFalse(ConditionCoverage.shadows(rule(RuleCondition.header("X-Env", "*")),
                rule(RuleCondition.header("X-Other", "beta"))));
    }
}
