package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.rule.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of single rules, beyond their fixtures. */
class RuleSpecificationsTest {

    private static List<String> findings(Design design) {
        return new Validator().validate(design).stream().map(f -> f.summary() + ": " + f.message()).toList();
    }

    @Test
    void countsDistinctAzsNotSubnets() {
        Design d = ShopDesign.build();
        d.put(new Subnet("PublicA2", "PublicA2", "Vpc", "AzA", "10.0.3.0/24", "PublicRt", null, false));
        RuleFixture.edit(d, "Alb", LoadBalancer.class, lb -> lb.withSubnets(List.of("PublicA", "PublicA2")));
        assertEquals(List.of("LB-TWO-AZ [Alb]: Alb has subnets in only eu-west-1a",
                "LB-ONE-SUBNET-PER-AZ [Alb, PublicA, PublicA2]: Alb has 2 subnets in eu-west-1a: PublicA, PublicA2",
                "TARGET-AZ-NOT-ENABLED [ApiService, Alb]: ApiService runs in eu-west-1b, where Alb has no subnet, so it "
                        + "gets no traffic there",
                "TARGET-AZ-NOT-ENABLED [Web2, Alb]: Web2 runs in eu-west-1b, where Alb has no subnet, so it gets no "
                        + "traffic there"), findings(d));
    }

    @Test
    void subnetsOfUnknownZoneProveNothing() {
        Design d = ShopDesign.build();
        RuleFixture.edit(d, "PublicB", Subnet.class, s -> s.withAz(null));
        RuleFixture.edit(d, "Alb", LoadBalancer.class, lb -> lb.withSubnets(List.of("PublicA", "PublicB")));
        List<String> azRules = new Validator().validate(d).stream().map(Finding::ruleId)
                .filter(id -> id.equals("LB-TWO-AZ") || id.equals("NLB-SINGLE-AZ")).toList();
        assertEquals(List.of(), azRules);
    }

    @Test
    void internalAlbInPrivateSubnetsIsFine() {
        Design d = ShopDesign.build();
        RuleFixture.edit(d, "Alb", LoadBalancer.class, lb -> new LoadBalancer(lb.id(), lb.name(), lb.vpcId(), lb.type(),
                dev.archway.model.lb.Scheme.INTERNAL, List.of("PrivateA", "PrivateB"), lb.securityGroupIds(),
                lb.attributes(), lb.elasticIps()));
        assertEquals(List.of(), findings(d));
    }

    @Test
    void dnsAliasNotCoveredByTheCertificateIsAMismatch() {
        Design d = ShopDesign.build();
        d.put(new DnsRecord("ShopIo", "ShopIo", "Zone", "shop.io.", "A", "Alb", List.of(), null));
        assertEquals(List.of("CERT-HOST-MISMATCH [HttpsListener, ShopIo]: shop.io for HttpsListener (DNS record ShopIo) "
                + "is covered by none of HttpsListener's certificates (Cert: example.com, *.example.com)"), findings(d));
    }

    /** An RDS instance of its own wears its groups as a cluster does: a group it shares with a balancer is no LB's. */
    @Test
    void aGroupAnRdsInstanceWearsBesideABalancerIsNotTheBalancersAlone() {
        Design d = ShopDesign.build();
        d.put(new DbInstance("Rds", "Rds", null, "AzA", "db.t3.micro", 1, false,
                new StandaloneDb("postgres", 5432, "DbSubnets", List.of("AlbSg"), true, null)));
        RuleFixture.edit(d, "AlbSg", SecurityGroup.class, g -> g.withIngress(List.of(SgRule.allTraffic("0.0.0.0/0"))));
        List<String> groupRules = new Validator().validate(d).stream().map(Finding::ruleId)
                .filter(id -> id.equals("SG-OPEN-ADMIN") || id.equals("SG-LB-ALL-TRAFFIC")).toList();
        assertEquals(List.of("SG-OPEN-ADMIN"), groupRules);
    }

    @Test
    void targetAdmittingAnotherGroupBypassesTheLoadBalancer() {
        Design d = ShopDesign.build();
        RuleFixture.edit(d, "WebSg", SecurityGroup.class, g -> g.withIngress(List.of(SgRule.tcpFrom(80, "AlbSg"),
                SgRule.tcpFrom(80, "MsgSg"))));
        assertEquals(List.of("TARGET-SG-FROM-LB [ApiService, WebSg]: ApiService admits tcp/80 from MsgSg (WebSg); only AlbSg should",
                "TARGET-SG-FROM-LB [Web1, WebSg]: Web1 admits tcp/80 from MsgSg (WebSg); only AlbSg should",
                "TARGET-SG-FROM-LB [Web2, WebSg]: Web2 admits tcp/80 from MsgSg (WebSg); only AlbSg should"), findings(d));
    }

    @Test
    void nestedSubnetOverlapsAreReportedPairByPair() {
        Design d = ShopDesign.build();
        RuleFixture.edit(d, "PrivateC", Subnet.class, s -> s.withCidr("10.0.0.0/16"));
        RuleFixture.edit(d, "DbB", Subnet.class, s -> s.withCidr("10.0.20.0/23"));
        List<String> overlaps = new Validator().validate(d).stream().filter(f -> f.ruleId().equals("SUBNET-CIDR"))
                .map(Finding::summary).toList();
        assertEquals(List.of("SUBNET-CIDR [PrivateC, PublicA]", "SUBNET-CIDR [PrivateC, PublicB]",
                "SUBNET-CIDR [PrivateC, PublicC]", "SUBNET-CIDR [PrivateC, PrivateA]", "SUBNET-CIDR [PrivateC, PrivateB]",
                "SUBNET-CIDR [PrivateC, DbB]", "SUBNET-CIDR [PrivateC, DbA]", "SUBNET-CIDR [DbB, DbA]"), overlaps);
    }

    @Test
    void reportsAShadowedRuleOnceEvenWhenSeveralRulesCoverIt() {
        Design d = ShopDesign.build();
        d.put(new ListenerRule("All1", "All1", "HttpsListener", 1, List.of(RuleCondition.path("*")),
                List.of(Action.forward("WebTg"))));
        d.put(new ListenerRule("All2", "All2", "HttpsListener", 2, List.of(RuleCondition.path("/*")),
                List.of(Action.forward("WebTg"))));
        List<String> shadowed = new Validator().validate(d).stream().filter(f -> f.ruleId().equals("RULE-SHADOWED"))
                .map(Finding::summary).toList();
        assertEquals(List.of("RULE-SHADOWED [All2, All1]", "RULE-SHADOWED [ImgRule, All1]"), shadowed);
    }

    @Test
    void fixAllRepairsEveryFixableFindingInOneUndoableStep() {
        Design d = ShopDesign.build();
        RuleFixture.edit(d, "Alb", LoadBalancer.class, lb -> lb.withSubnets(List.of("PublicA")));
        RuleFixture.edit(d, "WebSg", SecurityGroup.class, g -> g.withIngress(List.of()));
        Design before = d.copy();
        dev.archway.model.command.CommandStack stack = new dev.archway.model.command.CommandStack(d);
        FixAllCommand fixAll = new FixAllCommand(new Validator());
        stack.execute(fixAll);
        assertEquals(List.of("Add PublicB to Alb", "Allow tcp/80 from AlbSg in WebSg"), fixAll.appliedLabels());
        assertEquals(List.of(), findings(d));
        stack.undo();
        assertEquals(before, d);
        stack.redo();
        assertEquals(List.of(), findings(d));
    }
}
