package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.command.CommandStack;
import dev.archway.model.command.DeletionPlanner;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.command.RemoveElementsCommand;
import dev.archway.model.command.SetBoundsCommand;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.rule.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncrementalValidatorTest {

    @Test
    void startsEqualToFullValidation() {
        Design design = RuleFixtures.all().get(1).bad();
        assertEquals(new Validator().validate(design), new IncrementalValidator(design).findings());
    }

    @Test
    void staysEqualToFullValidationThroughRandomEdits() {
        List<RuleFixture> fixtures = RuleFixtures.all();
        for (int seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            Design design = ShopDesign.build();
            CommandStack stack = new CommandStack(design);
            IncrementalValidator incremental = new IncrementalValidator(design);
            for (int step = 0; step < 30; step++) {
                String edit = randomEdit(random, design, stack, fixtures);
                assertEquals(new Validator().validate(design), incremental.findings(),
                        "seed " + seed + " step " + step + ": " + edit);
            }
        }
    }

    private static String randomEdit(Random random, Design design, CommandStack stack, List<RuleFixture> fixtures) {
        List<Element> elements = new ArrayList<>(design.elements());
        Element some = elements.get(random.nextInt(elements.size()));
        switch (random.nextInt(6)) {
            case 0:
                RuleFixture f = fixtures.get(random.nextInt(fixtures.size()));
                try {
                    design.batch(() -> f.badEdit().accept(design));
                } catch (RuntimeException e) {
                    return "skipped " + f; // the fixture's edit does not fit the design any more
                }
                return "fixture " + f;
            case 1:
                stack.execute(new RemoveElementsCommand("remove", List.of(some.id())));
                return "remove " + some.name();
            case 2:
                stack.execute(new PutElementCommand("rename", some.withName(some.name() + "X")));
                return "rename " + some.name();
            case 3:
                List<Finding> fixable = new Validator().validate(design).stream().filter(x -> x.fix().isPresent()).toList();
                if (fixable.isEmpty()) {
                    return "nothing to fix";
                }
                Finding finding = fixable.get(random.nextInt(fixable.size()));
                try {
                    stack.execute(finding.fix().get().commandFor(design));
                } catch (RuntimeException e) {
                    return "fix no longer applies";
                }
                return "fix " + finding.summary();
            case 4:
                stack.undo();
                return "undo";
            default:
                stack.execute(new SetBoundsCommand("move", Map.of(some.id(), new Bounds(1, 2, 3, 4))));
                return "move " + some.name();
        }
    }

    @Test
    void anEditReRunsOnlyTheChecksItCanAffect() {
        Design design = ShopDesign.build();
        IncrementalValidator incremental = new IncrementalValidator(design);
        Ec2Instance web1 = design.get("Web1", Ec2Instance.class);
        design.put(web1.withSubnet("PublicA"));
        int rerun = incremental.lastRecheckCount();
        assertTrue(rerun > 0 && rerun < 25, "re-ran " + rerun + " checks");
        assertEquals(List.of("TARGET-PRIVATE-SUBNET [Web1, PublicA]"),
                incremental.findings().stream().map(Finding::summary).toList());
    }

    @Test
    void movingAnElementReRunsNothing() {
        Design design = ShopDesign.build();
        IncrementalValidator incremental = new IncrementalValidator(design);
        List<List<Finding>> heard = new ArrayList<>();
        incremental.addListener(heard::add);
        design.setBounds("Web1", new Bounds(10, 10, 50, 50));
        assertEquals(List.of(), heard);
    }

    @Test
    void listenersHearTheNewFindings() {
        Design design = ShopDesign.build();
        IncrementalValidator incremental = new IncrementalValidator(design);
        List<List<String>> heard = new ArrayList<>();
        incremental.addListener(findings -> heard.add(findings.stream().map(Finding::summary).toList()));
        design.remove("Reader");
        assertEquals(List.of(List.of("DB-NO-READER [Db]")), heard);
    }

    @Test
    void deferredCostlyChecksWaitForSettleThenAgreeWithFullValidation() {
        Design design = SyntheticDesigns.generate(600);
        IncrementalValidator incremental = new IncrementalValidator(design);
        List<Runnable> scheduled = new ArrayList<>();
        incremental.deferCostlyChecks(scheduled::add);
        String before = resourceLimitMessage(incremental.findings());

        CommandStack stack = new CommandStack(design);
        for (int i = 0; i < 2; i++) {
            String instance = design.all(Ec2Instance.class).get(0).id();
            stack.execute(DeletionPlanner.plan(design, List.of(instance), "delete").command());
            assertEquals(before, resourceLimitMessage(incremental.findings()), "the costly check waits");
        }
        assertEquals(1, scheduled.size(), "one settle is scheduled however many edits come before it");

        scheduled.get(0).run();
        assertTrue(incremental.settled());
        assertEquals(new Validator().validate(design), incremental.findings());
        assertTrue(!before.equals(resourceLimitMessage(incremental.findings())), "the count went down");
    }

    private static String resourceLimitMessage(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("CFN-RESOURCE-LIMIT")).findFirst().orElseThrow()
                .message();
    }
}
