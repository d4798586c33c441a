package dev.archway.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.Element;
import dev.archway.model.edit.ElementCopier;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A design against what an account read back: the account's elements have other ids, and the rules and listeners
 * other names (AWS does not name them), yet an unchanged account shows no drift and one change shows exactly once.
 */
class DriftTest {

    private static Design design() {
        DesignBuilder b = new DesignBuilder("Shop");
        String region = b.region("Region", "eu-west-1");
        String vpc = b.vpc("Vpc", region, "10.0.0.0/16");
        String azA = b.az("AzA", vpc, "eu-west-1a");
        String azB = b.az("AzB", vpc, "eu-west-1b");
        String igw = b.internetGateway("Igw", vpc);
        String rt = b.publicRouteTable("PublicRoutes", vpc, igw);
        String subnetA = b.subnet("PublicA", vpc, azA, "10.0.0.0/24", rt);
        String subnetB = b.subnet("PublicB", vpc, azB, "10.0.1.0/24", rt);
        String lbSg = b.securityGroup("LbSg", vpc, List.of(SgRule.tcp(443, "0.0.0.0/0"), SgRule.tcp(80, "0.0.0.0/0")));
        String web1 = b.instance("Web1", subnetA, List.of(lbSg));
        String api1 = b.instance("Api1", subnetB, List.of(lbSg));
        String webTg = b.targetGroup("WebTg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web1));
        String apiTg = b.targetGroup("ApiTg", vpc, Protocol.HTTP, 8080, TargetType.INSTANCE, List.of(api1));
        String alb = b.alb("Alb", vpc, List.of(subnetA, subnetB), List.of(lbSg));
        String https = b.listener("Https", alb, Protocol.HTTPS, 443, List.of(), Action.forward(webTg));
        b.rule("ApiRule", https, 10, List.of(RuleCondition.path("/api/*")), Action.forward(apiTg));
        b.rule("AdminRule", https, 20, List.of(RuleCondition.host("admin.example.com")), Action.forward(webTg));
        b.djangoApp("Shop app", List.of(web1), List.of(lbSg), null);
        b.place(vpc, 0, 0, 800, 500);
        return b.build();
    }

    /**
     * The design as an import would read it: every element under an id of the account's, listeners and rules under
     * names of the account's, laid out elsewhere, and no application node (an account has none).
     */
    private static Design readBack(Design design) {
        Map<String, String> ids = new HashMap<>();
        design.elements().forEach(e -> ids.put(e.id(), "acct-" + e.id()));
        Design account = new Design("account");
        for (Element e : design.elements()) {
            if (e.kind() == dev.archway.model.ElementKind.APP_NODE) {
                continue;
            }
            boolean unnamedInAws = e instanceof ListenerRule || e instanceof dev.archway.model.lb.Listener;
            String name = unnamedInAws ? "arn-" + e.id().toLowerCase() : e.name();
            account.put(ElementCopier.copy(e, ids.get(e.id()), name, ids));
            account.setBounds(ids.get(e.id()), new Bounds(5000, 5000, 10, 10));
        }
        return account;
    }

    @Test
    void anAccountThatIsTheDesignHasNoDrift() {
        Drift drift = Drift.between(design(), readBack(design()));
        assertTrue(drift.isEmpty(), drift.diff().toString());
    }

    @Test
    void oneChangedRuleConditionIsExactlyThatChange() {
        Design account = readBack(design());
        ListenerRule rule = account.get("acct-ApiRule", ListenerRule.class);
        account.put(rule.withConditions(List.of(RuleCondition.path("/v2/*"))));

        Drift drift = Drift.between(design(), account);

        assertEquals(List.of(), drift.accountOnly());
        assertEquals(List.of(), drift.designOnly());
        ElementChange change = only(drift.differing());
        assertEquals("ApiRule", change.id());
        PropertyChange conditions = only(drift.properties(change));
        assertEquals("conditions", conditions.field());
        assertEquals(List.of(RuleCondition.path("/api/*")), conditions.onlyInDesign());
        assertEquals(List.of(RuleCondition.path("/v2/*")), conditions.onlyInAccount());
    }

    @Test
    void anAddedTargetIsAnAccountOnlyInstanceAndARegistrationMoreInItsGroup() {
        Design account = readBack(design());
        account.put(new dev.archway.model.lb.Ec2Instance("i-0new", "Web2", "acct-PublicB", List.of("acct-LbSg"),
                "t3.micro", "ami-0abcdef1234567890", null, false));
        TargetGroup tg = account.get("acct-WebTg", TargetGroup.class);
        account.put(tg.withTargets(List.of(new TargetRegistration("acct-Web1", null),
                new TargetRegistration("i-0new", null))));

        Drift drift = Drift.between(design(), account);

        assertEquals(List.of("i-0new"), drift.diff().added());
        assertEquals(List.of(), drift.designOnly());
        ElementChange change = only(drift.differing());
        assertEquals("WebTg", change.id());
        PropertyChange targets = only(drift.properties(change));
        assertEquals("targets", targets.field());
        assertEquals(List.of(), targets.onlyInDesign());
        assertEquals(List.of(new TargetRegistration("i-0new", null)), targets.onlyInAccount());
    }

    @Test
    void aRemovedSecurityGroupRuleIsOnlyInTheDesign() {
        Design account = readBack(design());
        SecurityGroup sg = account.get("acct-LbSg", SecurityGroup.class);
        account.put(sg.withIngress(List.of(SgRule.tcp(443, "0.0.0.0/0"))));

        Drift drift = Drift.between(design(), account);

        ElementChange change = only(drift.differing());
        assertEquals("LbSg", change.id());
        PropertyChange ingress = only(drift.properties(change));
        assertEquals("ingress", ingress.field());
        assertEquals(List.of(SgRule.tcp(80, "0.0.0.0/0")), ingress.onlyInDesign());
        assertEquals(List.of(), ingress.onlyInAccount());
    }

    @Test
    void aRuleDeletedInTheAccountIsDesignOnlyAndANewOneAccountOnly() {
        Design account = readBack(design());
        account.remove("acct-AdminRule");
        account.put(new ListenerRule("acct-new", "arn-new", "acct-Https", 30,
                List.of(RuleCondition.path("/health")), List.of(Action.fixedResponse("200", "text/plain", "ok"))));
        account.setBounds("acct-new", new Bounds(5000, 5000, 10, 10));

        Drift drift = Drift.between(design(), account);

        assertEquals(List.of("AdminRule"), drift.diff().removed());
        ElementChange added = only(drift.accountOnly());
        assertEquals("arn-new", added.name());
        assertEquals("Https", drift.nameOf(((ListenerRule) added.after()).listenerId()),
                "an account-only rule points at the design's listener");
        assertNotNull(added.afterBounds(), "drawn right of the design");
        assertTrue(added.afterBounds().x() > 800);
        assertEquals(List.of(), drift.differing());
    }

    @Test
    void aSavedImportPairsByIdWhateverTheNameAndKey() {
        Design imported = readBack(design());
        Design account = imported.copy();
        ListenerRule rule = account.get("acct-ApiRule", ListenerRule.class);
        account.put(rule.withPriority(5).withName("renamed in the account"));

        Drift drift = Drift.between(imported, account);

        ElementChange change = only(drift.differing());
        assertEquals("acct-ApiRule", change.id());
        assertEquals(List.of("priority"), change.fields());
    }

    @Test
    void withoutASourceIdAChangedPriorityReadsAsOneRuleGoneAndAnotherCome() {
        Design account = readBack(design());
        ListenerRule rule = account.get("acct-ApiRule", ListenerRule.class);
        account.put(rule.withPriority(5));

        Drift drift = Drift.between(design(), account);

        assertEquals(List.of("ApiRule"), drift.diff().removed());
        assertEquals("arn-apirule", only(drift.accountOnly()).name());
    }

    @Test
    void describesValuesWithTheNamesOfTheElementsTheyPointAt() {
        Drift drift = Drift.between(design(), readBack(design()));
        String action = PropertyChange.describe(Action.forward("ApiTg"), drift::nameOf);
        assertTrue(action.contains("ApiTg") && action.startsWith("Action("), action);
        assertEquals("[RuleCondition(field=PATH_PATTERN, values=[/api/*])]",
                PropertyChange.describe(List.of(RuleCondition.path("/api/*")), drift::nameOf));
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
