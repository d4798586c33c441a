package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.rule.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The zone rules judge a target group only when the design places every target in its subnets. A target whose zone
 * the design does not hold (here an IP address given at deploy time; also a task on a cluster's container instances or
 * a load balancer) leaves them unable to say that a zone has no target, so they say nothing rather than warn falsely.
 */
class TargetsNotPlacedTest {

    private static List<String> zoneFindings(Design d) {
        return new Validator().validate(d).stream().map(Finding::summary)
                .filter(s -> s.startsWith("NLB-AZ-WITHOUT-HEALTHY-TARGET") || s.startsWith("ALB-EMPTY-AZ")).toList();
    }

    @Test
    void anNlbGroupWithATargetOfUnknownZoneIsNotSaidToMissAZone() {
        Design d = ShopDesign.build();
        d.put(new IpTarget("Outside", "Outside", "{TargetIp}", null, List.of()));
        RuleFixture.edit(d, "MsgTg", TargetGroup.class, g -> g.withTargets(List.of(new TargetRegistration("Msg1", null))));
        assertEquals(List.of("NLB-AZ-WITHOUT-HEALTHY-TARGET [Nlb, MsgTg]"), zoneFindings(d));
        RuleFixture.edit(d, "MsgTg", TargetGroup.class, g -> g.withTargets(List.of(new TargetRegistration("Msg1", null),
                new TargetRegistration("Outside", null))));
        assertEquals(List.of(), zoneFindings(d));
    }

    @Test
    void anAlbGroupWithCrossZoneOffAndATargetOfUnknownZoneIsNotSaidToMissAZone() {
        Design d = ShopDesign.build();
        d.put(new IpTarget("Outside", "Outside", "{TargetIp}", null, List.of()));
        RuleFixture.edit(d, "WebTg", TargetGroup.class, g -> g.withTargets(List.of(new TargetRegistration("Web1", null)))
                .withAttributes(Map.of("load_balancing.cross_zone.enabled", "false")));
        assertEquals(1, zoneFindings(d).size(), zoneFindings(d).toString());
        RuleFixture.edit(d, "WebTg", TargetGroup.class, g -> g.withTargets(List.of(new TargetRegistration("Web1", null),
                new TargetRegistration("Outside", null))));
        assertEquals(List.of(), zoneFindings(d));
    }
}
