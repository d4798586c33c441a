package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.command.CommandStack;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleFixturesTest {

    static Stream<RuleFixture> fixtures() {
        return RuleFixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void badFixtureYieldsExactlyTheExpectedFindings(RuleFixture fixture) {
        assertEquals(fixture.expected(), summaries(new Validator().validate(fixture.bad())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void goodFixtureYieldsNoFindingOfTheRule(RuleFixture fixture) {
        List<Finding> findings = new Validator().validate(fixture.good());
        assertEquals(List.of(), summaries(findings.stream().filter(f -> f.ruleId().equals(fixture.ruleId())).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsOfTheRuleOfferAFixExactlyWhenTheFixtureSaysSo(RuleFixture fixture) {
        for (Finding f : ofRule(new Validator().validate(fixture.bad()), fixture.ruleId())) {
            assertEquals(fixture.fixable(), f.fix().isPresent(), f.summary());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachFixRemovesItsFindingRaisesNoNewErrorAndUndoes(RuleFixture fixture) {
        Design bad = fixture.bad();
        List<Finding> before = new Validator().validate(bad);
        for (Finding finding : ofRule(before, fixture.ruleId())) {
            if (finding.fix().isEmpty()) {
                continue;
            }
            Design design = fixture.bad();
            CommandStack stack = new CommandStack(design);
            stack.execute(finding.fix().get().commandFor(design));
            List<Finding> after = new Validator().validate(design);
            assertFalse(summaries(after).contains(finding.summary()), "still there after fix: " + finding.summary());
            List<String> errorsBefore = summaries(errors(before));
            errors(after).forEach(e -> assertTrue(errorsBefore.contains(e.summary()), "new error: " + e.message()));
            stack.undo();
            assertEquals(bad, design);
        }
    }

    private static List<Finding> ofRule(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static List<String> summaries(List<Finding> findings) {
        return findings.stream().map(Finding::summary).toList();
    }
}
