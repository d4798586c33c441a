package dev.archway.model.validation.rules.target;

import dev.archway.model.lb.TargetGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.Fixes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** STICKY-CROSS-ZONE-OFF: an ALB target group with sticky sessions keeps cross-zone load balancing on. */
public final class StickyCrossZoneOffRule extends KindRule<TargetGroup> {
    static final String STICKINESS = "stickiness.enabled";
    static final String CROSS_ZONE = "load_balancing.cross_zone.enabled";

    public static final RuleInfo INFO = new RuleInfo("STICKY-CROSS-ZONE-OFF", Severity.ERROR,
            "Sticky target groups keep cross-zone load balancing on",
            "Sticky sessions are not supported on an ALB target group with cross-zone load balancing turned off; "
                    + "AWS documents that the combination fails.",
            AwsDocs.STICKY_SESSIONS);

    public StickyCrossZoneOffRule() {
        super(INFO, List.of(TargetGroup.class));
    }

    @Override
    public List<Finding> check(TargetGroup group, Topology index) {
        boolean alb = group.protocol() != null && group.protocol().isHttp();
        if (!alb || !"true".equalsIgnoreCase(group.attributes().get(STICKINESS))
                || !"false".equalsIgnoreCase(group.attributes().get(CROSS_ZONE))) {
            return List.of();
        }
        String label = "Use the load balancer's cross-zone setting for " + group.name();
        return List.of(Finding.of(INFO, group, group.name() + " has sticky sessions with cross-zone load balancing off",
                Fixes.edit(label, group.id(), TargetGroup.class, c -> {
                    Map<String, String> attributes = new LinkedHashMap<>(c.attributes());
                    attributes.remove(CROSS_ZONE);
                    return c.withAttributes(attributes);
                })));
    }
}
