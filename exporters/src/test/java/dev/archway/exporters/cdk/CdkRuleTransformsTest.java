package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleTransform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a rule's transforms reach the CDK app through the L1 escape hatch, as the CloudFormation
 * {@code Transforms} property (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/
 * aws-resource-elasticloadbalancingv2-listenerrule.html).
 */
class CdkRuleTransformsTest {

    private static Design withTransform() throws Exception {
        Design d = DesignFile.read(Path.of("src/main/resources/examples/01-alb-host-routing.archway.json"));
        ListenerRule rule = d.all(ListenerRule.class).get(0);
        d.put(rule.withTransforms(List.of(RuleTransform.url("^/v1/(.*)$", "/v2/$1"))));
        return d;
    }

    @Test
    void bothLanguagesOverrideTheRulesTransforms() throws Exception {
        Design d = withTransform();
        String java = String.join("\n", new CdkJavaExporter().render(d).files().values());
        assertTrue(java.contains("((CfnListenerRule) "), java);
        assertTrue(java.contains(".addPropertyOverride(\"Transforms\", List.of("), java);
        assertTrue(java.contains("\"Regex\", \"^/v1/(.*)$\""), java);
        String ts = String.join("\n", new CdkTsExporter().render(d).files().values());
        assertTrue(ts.contains(".addPropertyOverride('Transforms', [") || ts.contains(".addPropertyOverride(\"Transforms\", ["),
                ts);
        assertTrue(ts.contains("UrlRewriteConfig"), ts);
    }

    /** The Java app compiles and synthesizes a ListenerRule whose Transforms are the design's. */
    @Test
    void theSynthesizedRuleCarriesTheTransforms() throws Exception {
        GeneratedJavaApps.requireNode();
        Design d = withTransform();
        CdkApp app = new CdkStackPlanner().app(d);
        Path work = Path.of("target", "cdk-transform-app");
        GeneratedJavaApps.clean(work);
        Path classes = GeneratedJavaApps.compile(Map.of(app.stack().className(), new CdkJavaExporter().render(d)),
                work);
        JsonNode template = GeneratedJavaApps.synthesize(classes, List.of(JavaStackRenderer.PACKAGE + "."
                + CdkJavaExporter.appClassName(app.stack())), work.resolve("cdk.out")).get(app.stack().className());
        List<JsonNode> transforms = new ArrayList<>();
        template.path("Resources").forEach(r -> {
            if (r.path("Properties").has("Transforms")) {
                transforms.add(r.path("Properties").path("Transforms"));
            }
        });
        assertEquals(1, transforms.size());
        JsonNode rewrite = transforms.get(0).get(0).path("UrlRewriteConfig").path("Rewrites").get(0);
        assertEquals("url-rewrite", transforms.get(0).get(0).path("Type").asText());
        assertEquals("^/v1/(.*)$", rewrite.path("Regex").asText());
        assertEquals("/v2/$1", rewrite.path("Replace").asText());
    }
}
