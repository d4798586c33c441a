package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.ConditionState;
import dev.archway.model.query.ExternalFacts;
import dev.archway.model.rule.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule that needs a fact of an element from outside the template (an AWS-typed Parameter, an import) which no
 * assumption gives says "cannot tell" at info level, naming the assumption; once the assumption is given it decides.
 */
class CannotTellTest {

    @Test
    void outsideSubnetOfUnknownAzLeavesTwoAzUndecided() {
        Design d = ShopDesign.build();
        external(d, "PublicB", Map.of(ExternalFacts.PUBLIC, true));
        assertEquals(List.of("info LB-TWO-AZ [Alb, PublicB]: cannot tell whether Alb spans two Availability Zones: "
                + "AZ of PublicB not known; set assumption subnets.PublicB.az"), of(d, "LB-TWO-AZ"));
        assertEquals(List.of("info NLB-SINGLE-AZ [Nlb, PublicB]: cannot tell whether Nlb spans two Availability "
                + "Zones: AZ of PublicB not known; set assumption subnets.PublicB.az"), of(d, "NLB-SINGLE-AZ"));
    }

    @Test
    void givenAzDecidesTwoAz() {
        Design d = ShopDesign.build();
        external(d, "PublicB", Map.of(ExternalFacts.PUBLIC, true, ExternalFacts.ZONE, "eu-west-1b"));
        assertEquals(List.of(), of(d, "LB-TWO-AZ"));
        RuleFixture.edit(d, "PublicB", Subnet.class, s -> s.withAz("AzA"));
        assertEquals(List.of("error LB-TWO-AZ [Alb]: Alb has subnets in only eu-west-1a"), of(d, "LB-TWO-AZ"));
    }

    @Test
    void aSingleOutsideSubnetCannotMakeTwoAzs() {
        Design d = ShopDesign.build();
        external(d, "PublicB", Map.of(ExternalFacts.PUBLIC, true));
        RuleFixture.edit(d, "Alb", LoadBalancer.class, lb -> lb.withSubnets(List.of("PublicB")));
        assertEquals(List.of("error LB-TWO-AZ [Alb]: Alb has only one subnet"), of(d, "LB-TWO-AZ"));
    }

    @Test
    void outsideSubnetOfUnknownTierLeavesPublicSubnetUndecided() {
        Design d = ShopDesign.build();
        external(d, "PublicB", Map.of(ExternalFacts.ZONE, "eu-west-1b"));
        assertEquals(List.of("info LB-PUBLIC-SUBNET [Alb, PublicB]: cannot tell whether internet-facing Alb uses "
                + "only public subnets: tier (public or private) of PublicB not known; set assumption subnets.PublicB.public"),
                of(d, "LB-PUBLIC-SUBNET").subList(0, 1));
    }

    @Test
    void givenTierDecidesPublicSubnet() {
        Design d = ShopDesign.build();
        external(d, "PublicB", Map.of(ExternalFacts.ZONE, "eu-west-1b", ExternalFacts.PUBLIC, false));
        assertEquals(List.of("error LB-PUBLIC-SUBNET [Alb, PublicB]", "error LB-PUBLIC-SUBNET [Nlb, PublicB]"),
                summaries(d, "LB-PUBLIC-SUBNET"));
        external(d, "PublicB", Map.of(ExternalFacts.ZONE, "eu-west-1b", ExternalFacts.PUBLIC, true));
        assertEquals(List.of(), of(d, "LB-PUBLIC-SUBNET"));
    }

    @Test
    void targetInOutsideSubnetOfUnknownTierIsUndecided() {
        Design d = ShopDesign.build();
        external(d, "PrivateA", Map.of(ExternalFacts.ZONE, "eu-west-1a"));
        assertEquals(List.of("info TARGET-PRIVATE-SUBNET [ApiService, PrivateA]", "info TARGET-PRIVATE-SUBNET "
                + "[Msg1, PrivateA]", "info TARGET-PRIVATE-SUBNET [Web1, PrivateA]"),
                summaries(d, "TARGET-PRIVATE-SUBNET"));
    }

    @Test
    void outsideGroupOfUnknownRulesLeavesAccessUndecided() {
        Design d = ShopDesign.build();
        external(d, "WebSg", Map.of());
        List<String> findings = summaries(d, "TARGET-SG-BLOCKS-LB");
        assertEquals(List.of("info TARGET-SG-BLOCKS-LB [ApiService, WebSg]", "info TARGET-SG-BLOCKS-LB [Web1, WebSg]",
                "info TARGET-SG-BLOCKS-LB [Web2, WebSg]"), findings);
        external(d, "WebSg", Map.of(ExternalFacts.INGRESS, List.of()));
        assertEquals(List.of(), summaries(d, "TARGET-SG-BLOCKS-LB"), "the given rules are the group's own");
    }

    @Test
    void outsideLoadBalancerGroupOfUnknownRulesLeavesListenerPortsUndecided() {
        Design d = ShopDesign.build();
        external(d, "AlbSg", Map.of());
        assertEquals(List.of("info LB-SG-NO-LISTENER-PORT [Alb, AlbSg]", "info LB-SG-NO-LISTENER-PORT [Alb, AlbSg]"),
                summaries(d, "LB-SG-NO-LISTENER-PORT"));
    }

    @Test
    void outsideSubnetsOfUnknownAzAreNeverCountedTwiceInOneAz() {
        Design d = ShopDesign.build();
        external(d, "PublicB", Map.of(ExternalFacts.PUBLIC, true));
        RuleFixture.edit(d, "PublicB", Subnet.class, s -> s.withAz("AzA"));
        assertEquals(List.of(), of(d, "LB-ONE-SUBNET-PER-AZ"));
    }

    @Test
    void outsideSubnetOfUnknownCidrLeavesContainmentUndecided() {
        Design d = ShopDesign.build();
        external(d, "PublicB", Map.of());
        RuleFixture.edit(d, "PublicB", Subnet.class, s -> s.withCidr("10.9.0.0/24"));
        assertEquals(List.of("info SUBNET-CIDR [PublicB]: cannot tell whether PublicB lies inside Vpc: CIDR block of "
                + "PublicB not known; set assumption subnets.PublicB.cidr"), of(d, "SUBNET-CIDR"));
        external(d, "PublicB", Map.of(ExternalFacts.CIDR, "10.9.0.0/24"));
        assertEquals(List.of("error SUBNET-CIDR [PublicB, Vpc]"), summaries(d, "SUBNET-CIDR"));
    }

    @Test
    void anElementWhoseConditionIsFalseIsNotChecked() {
        Design d = ShopDesign.build();
        RuleFixture.edit(d, "Alb", LoadBalancer.class, lb -> lb.withSubnets(List.of("PublicA")));
        assertEquals(List.of("error LB-TWO-AZ [Alb]"), summaries(d, "LB-TWO-AZ"));
        d.setCfnExtras("Alb", Map.of("Condition", "IsProd", ConditionState.KEY, ConditionState.state(false,
                List.of())));
        assertEquals(List.of(), summaries(d, "LB-TWO-AZ"));
    }

    @Test
    void anElementWhoseConditionCannotBeToldSaysWhichParameterWouldDecide() {
        Design d = ShopDesign.build();
        d.setCfnExtras("Alb", Map.of("Condition", "IsProd", ConditionState.KEY, ConditionState.state(null,
                List.of("Env"))));
        assertEquals(List.of("info CONDITION-UNKNOWN [Alb]: cannot tell whether Alb is deployed: Parameter Env "
                + "(read by IsProd) not known; set assumption parameters.Env"), of(d, "CONDITION-UNKNOWN"));
    }

    @Test
    void outsideDatabaseGroupOfUnknownRulesLeavesItsSourcesUndecided() {
        Design d = ShopDesign.build();
        external(d, "DbSg", Map.of());
        assertEquals(List.of("info DB-SG-FROM-APP [Db, DbSg]"), summaries(d, "DB-SG-FROM-APP"));
    }

    private static void external(Design d, String id, Map<String, Object> given) {
        Map<String, Object> mark = new LinkedHashMap<>();
        mark.put("Expression", Map.of("Ref", id));
        mark.put(ExternalFacts.GIVEN, given);
        d.setCfnExtras(id, Map.of(ExternalFacts.EXTERNAL, mark));
    }

    private static List<String> of(Design d, String ruleId) {
        return findings(d, ruleId).stream().map(f -> f.severity().label() + " " + f.summary() + ": " + f.message())
                .toList();
    }

    private static List<String> summaries(Design d, String ruleId) {
        return findings(d, ruleId).stream().map(f -> f.severity().label() + " " + f.summary()).toList();
    }

    private static List<Finding> findings(Design d, String ruleId) {
        return new Validator().validate(d).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
