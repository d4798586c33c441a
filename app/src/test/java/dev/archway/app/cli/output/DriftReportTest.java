package dev.archway.app.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.diff.Drift;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a drift reads: a headline per element, and under a changed one the entries or values that differ. */
class DriftReportTest {

    private static Design web(List<SgRule> ingress, boolean withRule) {
        DesignBuilder b = new DesignBuilder("Web");
        String region = b.region("Region", "eu-west-1");
        String vpc = b.vpc("Vpc", region, "10.0.0.0/16");
        String sg = b.securityGroup("AlbSg", vpc, ingress);
        String alb = b.alb("Alb", vpc, List.of(), List.of(sg));
        String tg = b.targetGroup("Tg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of());
        String http = b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.forward(tg));
        if (withRule) {
            b.rule("Health", http, 5, List.of(dev.archway.model.lb.RuleCondition.path("/health")),
                    Action.fixedResponse("200", "text/plain", "ok"));
        }
        return b.build();
    }

    private static Drift drift() {
        Design design = web(List.of(SgRule.tcp(80, "0.0.0.0/0"), SgRule.tcp(22, "0.0.0.0/0")), false);
        Design account = web(List.of(SgRule.tcp(80, "0.0.0.0/0")), true);
        return Drift.between(design, account);
    }

    @Test
    void listsEachElementThenTheEntriesThatDiffer() {
        String text = DriftReport.text("web.archway.json", drift());
        assertEquals("Drift between web.archway.json and the account:\n"
                + "  ~ Security group AlbSg: ingress\n"
                + "      ingress: - SgRule(protocol=tcp, fromPort=22, toPort=22, cidr=0.0.0.0/0) (design only)\n"
                + "  + Listener rule Health (only in the account)\n"
                + "2 differences: 1 only in the account, 0 only in the design, 1 changed", text);
    }

    @Test
    void saysSoWhenThereIsNoDrift() {
        Design design = web(List.of(), false);
        assertEquals("No drift: the account matches web.archway.json.",
                DriftReport.text("web.archway.json", Drift.between(design, design.copy())));
    }

    @Test
    void givesToolsTheSameInJson() {
        String json = DriftReport.json("web.archway.json", drift());
        assertTrue(json.contains("\"drift\" : true"), json);
        assertTrue(json.contains("\"accountOnly\" : [\n    {\n      \"kind\" : \"Listener rule\",\n"
                + "      \"name\" : \"Health\"\n    }\n  ],\n  \"designOnly\" : [ ],"), json);
        assertTrue(json.contains("\"property\" : \"ingress\",\n          \"onlyInDesign\" : [\n"
                + "            \"SgRule(protocol=tcp, fromPort=22, toPort=22, cidr=0.0.0.0/0)\"\n          ],\n"
                + "          \"onlyInAccount\" : [ ]"), json);
    }

    @Test
    void showsAPropertyThatIsNotAListWithBothValues() {
        Design design = web(List.of(), false);
        Design account = design.copy();
        SecurityGroup sg = account.get("AlbSg", SecurityGroup.class);
        account.put(new SecurityGroup(sg.id(), sg.name(), sg.vpcId(), "changed by hand", sg.ingress(), sg.egress()));
        String text = DriftReport.text("web.archway.json", Drift.between(design, account));
        assertTrue(text.contains("      description: design AlbSg security group, account changed by hand\n"), text);
    }
}
