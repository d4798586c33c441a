package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.simulation.DbQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The template CDK synthesizes from an exported design, imported back, answers like the design itself:
 * the same validation findings, the same target group for every sample request, the same endpoint and instance for
 * every sample query.
 */
class CdkRoundTripTest {

    /** The four examples (clean designs), and two fixtures that have findings, so findings must survive too. */
    static Stream<String> exampleStacks() throws Exception {
        return Stream.concat(Examples.ALL.stream().map(e -> CdkStackPlanner.stackClassName(load(e.fileName()))),
                Stream.of("ShopStack", "EdgeCasesStack"));
    }

    /**
     * Ids, names and layout come back through the template's Archway metadata. Alias records are the exception for
     * now: CDK's {@code LoadBalancerTarget} writes {@code dualstack.} + the DNS name (an {@code Fn::Join}), which
     * the importer keeps as an opaque record set.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleStacks")
    void synthesizedTemplateImportsBackEveryElementWithItsLayout(String stack) throws Exception {
        SynthesizedApps apps = SynthesizedApps.get();
        Design design = apps.designsByStack.get(stack);
        Design imported = new CfnImporter().importTemplate(apps.templateFile(stack));
        List<String> missing = new ArrayList<>();
        for (Element e : design.elements()) {
            Element back = imported.get(e.id());
            if (back == null || back.getClass() != e.getClass() || !back.name().equals(e.name())) {
                missing.add(e.kind() + " " + e.name());
            } else {
                assertEquals(design.bounds(e.id()), imported.bounds(e.id()), e.name());
            }
        }
        assertEquals(List.of(), missing.stream().filter(m -> !m.startsWith(ElementKind.DNS_RECORD + " ")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleStacks")
    void synthesizedTemplateValidatesLikeTheDesign(String stack) throws Exception {
        SynthesizedApps apps = SynthesizedApps.get();
        Design design = apps.designsByStack.get(stack);
        Design imported = new CfnImporter().importTemplate(apps.templateFile(stack));
        assertEquals(DesignAnswers.findings(design), DesignAnswers.findings(imported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleStacks")
    void synthesizedTemplateRoutesLikeTheDesign(String stack) throws Exception {
        SynthesizedApps apps = SynthesizedApps.get();
        Design design = apps.designsByStack.get(stack);
        Design imported = new CfnImporter().importTemplate(apps.templateFile(stack));
        List<String[]> requests = DesignAnswers.sampleRequests(design);
        assertEquals(DesignAnswers.routing(design, requests), DesignAnswers.routing(imported, requests));
        List<DbQuery> queries = DesignAnswers.sampleQueries(design);
        assertEquals(DesignAnswers.endpoints(design, queries), DesignAnswers.endpoints(imported, queries));
    }

    private static Design load(String fileName) {
        try {
            return Examples.load(fileName);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
