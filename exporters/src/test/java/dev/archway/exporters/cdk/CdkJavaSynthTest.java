package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archway.model.SyntheticDesigns;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated Java CDK apps compile against aws-cdk-lib and synthesize the design's resources. */
class CdkJavaSynthTest {
    private Map<String, JsonNode> templates;

    /** Per test, not per class, so that without Node.js each test is reported skipped with the reason. */
    @BeforeEach
    void synthesizeAll() throws Exception {
        templates = SynthesizedApps.get().templates;
    }

    @Test
    void synthesizesOneTemplatePerDesign() {
        assertEquals(List.of("AlbHostBasedRoutingStack", "AuroraWithADjangoReadWriteRouterStack", "EdgeCasesStack",
                "NlbTcpMessageGatewayStack", "ShopStack", "SslTerminationOnTheAlbStack", "Synthetic250Stack", "TinyStack"),
                List.copyOf(templates.keySet()));
    }

    @Test
    void shopHasTheDesignsResources() {
        Map<String, Integer> counts = resourceCounts(templates.get("ShopStack"));
        assertEquals(1, counts.get("AWS::EC2::VPC"));
        assertEquals(6, counts.get("AWS::EC2::Subnet"));
        assertEquals(2, counts.get("AWS::ElasticLoadBalancingV2::LoadBalancer"));
        assertEquals(3, counts.get("AWS::ElasticLoadBalancingV2::Listener"));
        assertEquals(3, counts.get("AWS::ElasticLoadBalancingV2::ListenerRule"));
        assertEquals(3, counts.get("AWS::ElasticLoadBalancingV2::TargetGroup"));
        assertEquals(3, counts.get("AWS::RDS::DBInstance"));
    }

    @Test
    void largeDesignIsSplitIntoMethodsAndStillSynthesizes() {
        String source = new CdkJavaExporter().render(SyntheticDesigns.generate(250)).files()
                .get("src/main/java/com/myorg/Synthetic250Stack.java");
        assertTrue(source.contains("    private void part2() {"));
        assertTrue(resourceCounts(templates.get("Synthetic250Stack")).get("AWS::EC2::Instance") > 50);
    }

    static Map<String, Integer> resourceCounts(JsonNode template) {
        Map<String, Integer> counts = new TreeMap<>();
        template.get("Resources").forEach(r -> counts.merge(r.get("Type").asText(), 1, Integer::sum));
        return counts;
    }
}
