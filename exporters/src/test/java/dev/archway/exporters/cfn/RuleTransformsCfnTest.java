package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleTransform;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a ListenerRule's {@code Transforms} are imported into the model and exported unchanged
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listenerrule.html).
 */
class RuleTransformsCfnTest {
    private static final String TEMPLATE = AlbTemplates.ALB_IN_TWO_ZONES + """
              Tg:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties: {VpcId: !Ref Vpc, Protocol: HTTP, Port: 80}
              Http:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Alb
                  Protocol: HTTP
                  Port: 80
                  DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
              Rewrite:
                Type: AWS::ElasticLoadBalancingV2::ListenerRule
                Properties:
                  ListenerArn: !Ref Http
                  Priority: 10
                  Conditions: [{Field: path-pattern, PathPatternConfig: {Values: [/v1/*]}}]
                  Actions: [{Type: forward, TargetGroupArn: !Ref Tg}]
                  Transforms:
                    - Type: url-rewrite
                      UrlRewriteConfig:
                        Rewrites: [{Regex: '^/v1/(.*)$', Replace: '/v2/$1'}]
                    - Type: host-header-rewrite
                      HostHeaderRewriteConfig:
                        Rewrites: [{Regex: '^mywebsite-(.+).com$', Replace: 'internal.dev.$1.myweb.com'}]
            """;

    @Test
    void transformsSurviveImportAndExport() throws Exception {
        Design d = new CfnImporter().importText(TEMPLATE, Path.of("rewrite.yaml"));
        ListenerRule rule = d.all(ListenerRule.class).get(0);
        assertEquals(List.of(RuleTransform.url("^/v1/(.*)$", "/v2/$1"),
                RuleTransform.hostHeader("^mywebsite-(.+).com$", "internal.dev.$1.myweb.com")), rule.transforms());
        Map<String, Object> exported = Cfn.asMap(Cfn.asMap(Cfn.asMap(new CfnTemplateExporter().export(d)
                .get("Resources")).get("Rewrite")).get("Properties"));
        assertEquals(List.of(
                Map.of("Type", "url-rewrite", "UrlRewriteConfig",
                        Map.of("Rewrites", List.of(Map.of("Regex", "^/v1/(.*)$", "Replace", "/v2/$1")))),
                Map.of("Type", "host-header-rewrite", "HostHeaderRewriteConfig", Map.of("Rewrites",
                        List.of(Map.of("Regex", "^mywebsite-(.+).com$", "Replace", "internal.dev.$1.myweb.com"))))),
                exported.get("Transforms"));
    }
}
