package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.lb.RuleTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ListenerRule's {@code Transforms} in CloudFormation: {@code [{Type, HostHeaderRewriteConfig | UrlRewriteConfig:
 * {Rewrites: [{Regex, Replace}]}}]} (doc §1.5, schema {@code AWS::ElasticLoadBalancingV2::ListenerRule}).
 */
final class RuleTransforms {
    private RuleTransforms() {
    }

    static List<RuleTransform> read(Object value) throws Unresolved {
        List<RuleTransform> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (Object t : Cfn.asList(value)) {
            Map<String, Object> m = Cfn.asMap(t);
            RuleTransform.Type type = RuleTransform.Type.fromCfn(String.valueOf(Intrinsics.literal(m.get("Type"))));
            Map<String, Object> config = Cfn.asMap(m.get(configKey(type)));
            List<RuleTransform.Rewrite> rewrites = new ArrayList<>();
            for (Object r : Cfn.asList(config.get("Rewrites"))) {
                Map<String, Object> rewrite = Cfn.asMap(r);
                rewrites.add(new RuleTransform.Rewrite(String.valueOf(Intrinsics.literal(rewrite.get("Regex"))),
                        String.valueOf(Intrinsics.literal(rewrite.get("Replace")))));
            }
            out.add(new RuleTransform(type, rewrites));
        }
        return out;
    }

    /** The property value, or null (left out) for a rule without transforms. */
    static List<Object> write(List<RuleTransform> transforms) {
        if (transforms.isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (RuleTransform t : transforms) {
            List<Object> rewrites = new ArrayList<>();
            t.rewrites().forEach(r -> rewrites.add(Cfn.map("Regex", r.regex(), "Replace", r.replace())));
            out.add(Cfn.map("Type", t.type().cfnName(), configKey(t.type()), Cfn.map("Rewrites", rewrites)));
        }
        return out;
    }

    private static String configKey(RuleTransform.Type type) {
        return type == RuleTransform.Type.HOST_HEADER_REWRITE ? "HostHeaderRewriteConfig" : "UrlRewriteConfig";
    }
}
