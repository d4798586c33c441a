package dev.archway.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.Element;
import dev.archway.model.edit.ElementCopier;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.stacks.SourceStacks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What CloudFormation deployed carries its stack and logical id as tags ({@link StackResource}); the design imported
 * from that template knows the logical ids. Drift pairs the two by them before names, which CloudFormation makes up
 * ({@code shop-Alb-1XYZ}) where the template gives none.
 */
class DriftByLogicalIdTest {
    private final DesignBuilder b = new DesignBuilder("Shop");
    private final String region = b.region("Region", "eu-west-1");
    private final String vpc = b.vpc("Vpc", region, "10.0.0.0/16");

    /** A template's import: each element's id and name its logical id. */
    private Design templateImport() {
        String rt = b.publicRouteTable("PublicRoutes", vpc, b.internetGateway("Igw", vpc));
        String a = b.subnet("PublicA", vpc, b.az("AzA", vpc, "eu-west-1a"), "10.0.0.0/24", rt);
        String c = b.subnet("PublicB", vpc, b.az("AzB", vpc, "eu-west-1b"), "10.0.1.0/24", rt);
        String sg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(443, "0.0.0.0/0")));
        String web = b.instance("Web", a, List.of(sg));
        String tg = b.targetGroup("WebTg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of(web));
        String alb = b.alb("Alb", vpc, List.of(a, c), List.of(sg));
        String https = b.listener("Https", alb, Protocol.HTTPS, 443, List.of(), Action.forward(tg));
        b.rule("ApiRule", https, 10, List.of(RuleCondition.path("/api/*")), Action.forward(tg));
        return b.build();
    }

    /**
     * The design as the account reads it: ARN-like ids, names CloudFormation made up, and the stack's tags on all
     * but listeners and rules (which are not tagged).
     */
    private static Design deployed(Design design, String stack, Map<String, StackResource> deployedBy) {
        Map<String, String> ids = new HashMap<>();
        design.elements().forEach(e -> ids.put(e.id(), "arn:" + stack + ":" + e.id()));
        Design account = new Design("account");
        for (Element e : design.elements()) {
            String id = ids.get(e.id());
            account.put(ElementCopier.copy(e, id, stack + "-" + e.id() + "-1XYZ", ids));
            if (!(e instanceof Listener || e instanceof ListenerRule)) {
                deployedBy.put(id, new StackResource(stack, e.id()));
            }
        }
        return account;
    }

    @Test
    void whatCloudFormationNamedPairsByLogicalIdAndWhatItOwnsUnderIt() {
        Design design = templateImport();
        Map<String, StackResource> deployedBy = new HashMap<>();
        Design account = deployed(design, "shop", deployedBy);

        assertTrue(Drift.between(design, account, deployedBy).isEmpty(),
                Drift.between(design, account, deployedBy).diff().toString());
        assertFalse(Drift.between(design, account).isEmpty(), "by names alone nothing pairs");
    }

    @Test
    void aChangeOfWhatPairedByLogicalIdIsThatChange() {
        Design design = templateImport();
        Map<String, StackResource> deployedBy = new HashMap<>();
        Design account = deployed(design, "shop", deployedBy);
        SecurityGroup sg = account.get("arn:shop:AlbSg", SecurityGroup.class);
        account.put(sg.withIngress(List.of(SgRule.tcp(8443, "0.0.0.0/0"))));

        Drift drift = Drift.between(design, account, deployedBy);

        assertEquals(List.of("AlbSg"), drift.differing().stream().map(ElementChange::id).toList());
        assertEquals(List.of(), drift.accountOnly());
    }

    @Test
    void aDesignFromArchwaysOwnTemplateKnowsTheLogicalIdByTheNameItCameFrom() {
        b.securityGroup("app-sg", vpc, List.of(SgRule.tcp(8080, "10.0.0.0/16")));
        Design design = b.build();
        Design account = new Design("account");
        SecurityGroup sg = design.all(SecurityGroup.class).get(0);
        account.put(design.get(region));
        account.put(design.get(vpc).withName("vpc-1"));
        account.put(ElementCopier.copy(sg, "sg-0abc", "shop-AppSg-1XYZ", Map.of()));

        Drift drift = Drift.between(design, account, Map.of("sg-0abc", new StackResource("shop", "AppSg")));

        assertEquals(List.of(), drift.accountOnly());
        assertEquals(List.of(), drift.designOnly());
    }

    @Test
    void theStackTellsApartOneLogicalIdInTwoStacksOfTheDesign() {
        String front = b.securityGroup("FrontAppSg", vpc, List.of(SgRule.tcp(443, "0.0.0.0/0")));
        String back = b.securityGroup("BackAppSg", vpc, List.of(SgRule.tcp(5432, "10.0.0.0/16")));
        Design design = b.build();
        design.setCfnExtras(front, stack("front"));
        design.setCfnExtras(back, stack("back"));
        Design account = new Design("account");
        account.put(design.get(region));
        account.put(design.get(vpc));
        account.put(ElementCopier.copy(design.get(back), "sg-back", "back-AppSg-1", Map.of()));
        account.put(ElementCopier.copy(design.get(front), "sg-front", "front-AppSg-2", Map.of()));

        Drift drift = Drift.between(design, account, Map.of("sg-back", new StackResource("back", "AppSg"),
                "sg-front", new StackResource("front", "AppSg")));

        assertTrue(drift.isEmpty(), drift.diff().toString());
    }

    @Test
    void oneTemplateDeployedAsTwoStacksDoesNotPairByLogicalId() {
        b.securityGroup("AppSg", vpc, List.of(SgRule.tcp(8080, "10.0.0.0/16")));
        Design design = b.build();
        SecurityGroup sg = design.all(SecurityGroup.class).get(0);
        Design account = new Design("account");
        account.put(design.get(region));
        account.put(design.get(vpc));
        account.put(ElementCopier.copy(sg, "sg-prod", "prod-AppSg-1", Map.of()));
        account.put(ElementCopier.copy(sg, "sg-staging", "staging-AppSg-2", Map.of()));

        Drift drift = Drift.between(design, account, Map.of("sg-prod", new StackResource("prod", "AppSg"),
                "sg-staging", new StackResource("staging", "AppSg")));

        assertEquals(List.of("AppSg"), drift.diff().removed());
        assertEquals(2, drift.accountOnly().size());
    }

    private static Map<String, Object> stack(String name) {
        return Map.of(SourceStacks.KEY, Map.of(SourceStacks.STACK, name, SourceStacks.LOCAL_NAME, "AppSg"));
    }
}
