package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archway.exporters.cfn.CfnLint;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.stacks.StackPart;
import dev.archway.model.stacks.StackPlanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A design past CloudFormation's limits (the generated 600-element design: about 1,000 CDK resources) exports as a
 * Java CDK app of nested stacks, one per part of the stack plan, that synthesizes; every synthesized template stays
 * within CloudFormation's quotas and lints clean, and each nested stack holds as many resources as
 * {@link CdkResourceCount} planned for its part.
 */
class CdkNestedStacksTest {
    private static final Path WORK = Path.of("target", "cdk-nested-apps");
    private static final Design DESIGN = SyntheticDesigns.generate(600);
    private static CdkApp app;
    private static Map<String, JsonNode> templates;

    @BeforeAll
    static void synthesize() throws Exception {
        GeneratedJavaApps.requireNode();
        app = new CdkStackPlanner().app(DESIGN);
        GeneratedJavaApps.clean(WORK);
        Path classes = GeneratedJavaApps.compile(Map.of(app.stack().className(),
                new CdkJavaExporter().render(DESIGN)), WORK);
        templates = GeneratedJavaApps.synthesize(classes, List.of(JavaStackRenderer.PACKAGE + "."
                + CdkJavaExporter.appClassName(app.stack())), WORK.resolve("cdk.out"));
    }

    @Test
    void theTopLevelStackHoldsOneNestedStackPerPartOfThePlan() {
        List<String> planned = plan().stream().map(StackPart::name).toList();
        assertEquals(planned, app.nested().stream().map(CdkNestedStack::partName).sorted(
                java.util.Comparator.comparing(planned::indexOf)).toList());
        JsonNode top = templates.get(app.stack().className());
        assertEquals(planned.size(), CdkJavaSynthTest.resourceCounts(top).get("AWS::CloudFormation::Stack"));
        assertEquals(planned.size() + 1, templates.size());
    }

    @Test
    void everyTemplateStaysWithinCloudFormationsQuotas() {
        templates.forEach((name, template) -> {
            assertTrue(template.path("Resources").size() < 500, name + " has " + template.path("Resources").size());
            assertTrue(template.path("Parameters").size() <= 200, name + " parameters");
            assertTrue(template.path("Outputs").size() <= 200, name + " outputs");
        });
    }

    /** The planner's count is the synthesized count, part by part: the headroom is only for what it cannot see. */
    @Test
    void eachNestedStackHoldsTheResourcesPlannedForItsPart() {
        Map<String, Integer> planned = new LinkedHashMap<>();
        plan().forEach(p -> planned.put(p.name(), p.resources()));
        assertEquals(planned, synthesizedCounts());
    }

    @Test
    void constructsPassBetweenStacksAsParametersThatCdkMakes() {
        JsonNode records = templates.get(templateOf("records"));
        assertFalse(records.path("Parameters").isEmpty(), "the records take the load balancers' names");
        assertTrue(records.path("Resources").toString().contains("\"Ref\""));
    }

    /** One cfn-lint run over all templates (it takes seconds to start); warnings are ignored, as for the cfn export. */
    @Test
    void everySynthesizedTemplatePassesCfnLint() throws Exception {
        List<Path> files = new ArrayList<>();
        templates.keySet().forEach(name -> files.add(WORK.resolve("cdk.out").resolve(name + ".template.json")));
        assertEquals(List.of(), CfnLint.errors(files.toArray(Path[]::new)));
    }

    /** 414 CDK resources (CdkJavaSynthTest synthesizes it): one stack, as before the split existed. */
    @Test
    void aDesignWithinTheLimitsKeepsItsSingleStack() {
        Design within = SyntheticDesigns.generate(250);
        assertFalse(new CdkStackPlanner().app(within).isSplit());
        assertTrue(new CdkJavaExporter().render(within).files().keySet().stream()
                .noneMatch(f -> f.contains("Network")));
    }

    private static List<StackPart> plan() {
        return StackPlanner.plan(DESIGN, new CdkResourceCount(DESIGN), CdkResourceCount.NESTED).parts();
    }

    /** Resources per nested template, keyed by part name (CDK names a template after its nested stack's id). */
    static Map<String, Integer> synthesizedCounts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (StackPart part : plan()) {
            out.put(part.name(), templates.get(templateOf(part.name())).path("Resources").size());
        }
        return out;
    }

    private static String templateOf(String part) {
        String prefix = app.stack().className() + part.replace("-", "");
        List<String> names = templates.keySet().stream().filter(n -> n.startsWith(prefix)
                && n.substring(prefix.length()).matches("[0-9A-F]{8}\\.nested")).toList();
        assertEquals(1, names.size(), part + " in " + templates.keySet());
        return names.get(0);
    }
}
