package dev.archway.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A copy refers to the other copies of the same paste, also from inside actions, registrations and SG rules. */
class ElementCopierTest {

    @Test
    void aPastedRuleForwardsToThePastedTargetGroup() {
        ListenerRule rule = new ListenerRule("rule-1", "ApiRule", "listener-1", 10,
                List.of(RuleCondition.path("/api/*")), List.of(Action.forward("tg-1")));
        ListenerRule copy = (ListenerRule) ElementCopier.copy(rule, "rule-2", "ApiRule-copy",
                Map.of("tg-1", "tg-2", "listener-1", "listener-2"));
        assertEquals("rule-2", copy.id());
        assertEquals("ApiRule-copy", copy.name());
        assertEquals("listener-2", copy.listenerId());
        assertEquals("tg-2", copy.actions().get(0).forward().get(0).targetGroupId());
    }

    @Test
    void referencesOutsideThePasteStayAsTheyWere() {
        SecurityGroup sg = new SecurityGroup("sg-app", "AppSg", "vpc-1", "app",
                List.of(SgRule.tcpFrom(8080, "sg-alb")), List.of());
        SecurityGroup copy = (SecurityGroup) ElementCopier.copy(sg, "sg-app2", "AppSg-copy", Map.of("vpc-9", "vpc-10"));
        assertEquals("sg-alb", copy.ingress().get(0).securityGroupId());
        assertEquals("vpc-1", copy.vpcId());
    }

    @Test
    void aPastedTargetGroupRegistersThePastedInstances() {
        TargetGroup tg = new TargetGroup("tg-1", "Web", "vpc-1", Protocol.HTTP, 8080, TargetType.INSTANCE, null, Map.of(),
                List.of(new TargetRegistration("i-1", 8080)));
        TargetGroup copy = (TargetGroup) ElementCopier.copy(tg, "tg-2", "Web-copy", Map.of("i-1", "i-2"));
        assertEquals(List.of("i-2"), copy.targetIds());
    }
}
