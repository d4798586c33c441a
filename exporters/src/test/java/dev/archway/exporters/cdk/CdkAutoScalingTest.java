package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archway.exporters.AutoScalingDesigns;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16: an Auto Scaling group becomes an L2 AutoScalingGroup attached to its target group, and synthesizes. */
class CdkAutoScalingTest {
    private static final Path WORK = Path.of("target", "cdk-asg-app");

    @Test
    void theGroupSynthesizesInItsSubnetsWithItsCapacityAndTargetGroup() throws Exception {
        Design design = AutoScalingDesigns.web();
        CdkStack stack = new CdkStackPlanner().plan(design);
        GeneratedJavaApps.requireNode();
        GeneratedJavaApps.clean(WORK);
        Path classes = GeneratedJavaApps.compile(Map.of(stack.className(), new CdkJavaExporter().render(design)), WORK);
        JsonNode template = GeneratedJavaApps.synthesize(classes, List.of(JavaStackRenderer.PACKAGE + "."
                + CdkJavaExporter.appClassName(stack)), WORK.resolve("cdk.out")).get(stack.className());
        List<JsonNode> groups = new ArrayList<>();
        template.get("Resources").forEach(r -> {
            if (r.get("Type").asText().equals("AWS::AutoScaling::AutoScalingGroup")) {
                groups.add(r.get("Properties"));
            }
        });
        assertEquals(1, groups.size());
        java.util.Map<String, Integer> byType = new java.util.TreeMap<>();
        template.get("Resources").forEach(r -> byType.merge(r.get("Type").asText(), 1, Integer::sum));
        CdkResourceCount count = new CdkResourceCount(design);
        int planned = design.elements().stream().mapToInt(count::applyAsInt).sum();
        int made = byType.values().stream().mapToInt(Integer::intValue).sum() - byType.getOrDefault(
                "AWS::CDK::Metadata", 0) - byType.getOrDefault("AWS::EC2::SecurityGroupIngress", 0);
        assertEquals(made, planned, "resources by type: " + byType);
        JsonNode g = groups.get(0);
        assertEquals(List.of("2", "2", "4"), List.of(g.get("MinSize").asText(), g.get("DesiredCapacity").asText(),
                g.get("MaxSize").asText()));
        assertEquals(2, g.get("VPCZoneIdentifier").size());
        assertEquals(1, g.get("TargetGroupARNs").size());
        assertTrue(new CdkTsExporter().render(design).files().values().stream()
                .anyMatch(code -> code.contains("new autoscaling.AutoScalingGroup(")
                        && code.contains(".attachToApplicationTargetGroup(")));
    }
}
