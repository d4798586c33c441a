package dev.archway.model.validation.rules.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.stacks.NestedStackPlan;
import dev.archway.model.stacks.StackPlanner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CfnResourceLimitRuleTest {

    @Test
    void saysHowExportSplitsADesignPastTheLimit() {
        Design design = SyntheticDesigns.generate(600);
        List<Finding> findings = new CfnResourceLimitRule().check(new Topology(design));
        assertEquals(1, findings.size());
        assertEquals("652 resources, more than the 500 of one CloudFormation template: export writes a parent and 11 "
                + "nested stacks: network (168), dns (12), compute-private (172), lb-v0-alb (33), lb-v1-alb (33), "
                + "lb-v2-alb (31), lb-v3-alb (31), lb-v4-alb (31) and 3 more", findings.get(0).message());
    }

    @Test
    void nearTheLimitSaysWhereExportWouldSplit() {
        Design design = SyntheticDesigns.generate(400);
        NestedStackPlan plan = StackPlanner.plan(design);
        assertTrue(plan.resources() > CfnResourceLimitRule.THRESHOLD && !plan.needsSplit(), "" + plan.resources());
        String message = new CfnResourceLimitRule().check(new Topology(design)).get(0).message();
        assertTrue(message.startsWith(plan.resources() + " resources, close to the 500 of one CloudFormation "
                + "template; past it, export writes a parent and nested stacks: network ("), message);
    }

    /** Several stacks export one template each: the design's total is no template's count. */
    @Test
    void inADesignOfSeveralStacksEachStackCountsOnItsOwn() {
        Design design = SyntheticDesigns.generate(600);
        int n = 0;
        for (Element e : design.elements()) {
            design.setCfnExtras(e.id(), Map.of("Archway::Stack", Map.of("Stack", n++ % 2 == 0 ? "a" : "b")));
        }
        assertEquals(List.of(), new CfnResourceLimitRule().check(new Topology(design)), "about 326 in each stack");
        for (Element e : design.elements()) {
            design.setCfnExtras(e.id(), Map.of("Archway::Stack", Map.of("Stack", e.id().hashCode() % 50 == 0 ? "b"
                    : "a")));
        }
        List<Finding> findings = new CfnResourceLimitRule().check(new Topology(design));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().matches("stack a has \\d+ resources, more than the 500 of one "
                + "CloudFormation template"), findings.get(0).message());
    }

    @Test
    void isQuietUpToTheThreshold() {
        assertEquals(List.of(), new CfnResourceLimitRule().check(new Topology(SyntheticDesigns.generate(300))));
    }
}
