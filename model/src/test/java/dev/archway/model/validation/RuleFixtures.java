package dev.archway.model.validation;

import static dev.archway.model.validation.RuleFixture.edit;
import static dev.archway.model.validation.RuleFixture.of;

import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.RuleTransform;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.lb.WeightedTargetGroup;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.network.NaclEntry;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.ConditionState;
import java.util.List;
import java.util.Map;

/** The good and bad fixtures of every rule, each a one-change variation of {@link ShopDesign}. */
final class RuleFixtures {
    private RuleFixtures() {
    }

    /** An RDS MySQL instance outside Aurora in the shop's DB subnets. */
    private static DbInstance rdsInstance(boolean multiAz) {
        return new DbInstance("Orders", "Orders", null, "AzA", "db.t3.medium", 1, false,
                new StandaloneDb("mysql", 3306, "DbSubnets", List.of("DbSg"), multiAz, null));
    }

    /** A Multi-AZ RDS instance of its own whose template gave EngineVersion {@code version}. */
    private static void rds(dev.archway.model.Design d, String engine, int port, Object version) {
        d.put(new DbInstance("Orders", "Orders", null, "AzA", "db.t3.medium", 1, false,
                new StandaloneDb(engine, port, "DbSubnets", List.of("DbSg"), true, null)));
        d.setCfnExtras("Orders", Map.of("EngineVersion", version));
    }

    static List<RuleFixture> all() {
        return List.of(
                of("LB-PUBLIC-SUBNET", "alb-in-private-subnet", d -> albSubnets(d, "PublicA", "PrivateB"), true,
                        "LB-PUBLIC-SUBNET [Alb, PrivateB]")
                        .withGood(d -> edit(d, "Alb", LoadBalancer.class, lb -> internal(lb, "PrivateA", "PrivateB"))),
                of("LB-TWO-AZ", "alb-in-one-az", d -> albSubnets(d, "PublicA"), true,
                        "LB-TWO-AZ [Alb]", "TARGET-AZ-NOT-ENABLED [ApiService, Alb]", "TARGET-AZ-NOT-ENABLED [Web2, Alb]"),
                of("LB-ONE-SUBNET-PER-AZ", "two-subnets-in-az-a", d -> {
                    d.put(new Subnet("PublicA2", "PublicA2", "Vpc", "AzA", "10.0.3.0/24", "PublicRt", null, false));
                    albSubnets(d, "PublicA", "PublicB", "PublicA2");
                }, true, "LB-ONE-SUBNET-PER-AZ [Alb, PublicA, PublicA2]"),
                of("NLB-SINGLE-AZ", "nlb-in-one-az", d -> edit(d, "Nlb", LoadBalancer.class,
                        lb -> lb.withSubnets(List.of("PublicA"))), true,
                        "NLB-SINGLE-AZ [Nlb]", "TARGET-AZ-NOT-ENABLED [Msg2, Nlb]"),
                of("LISTENER-PROTOCOL", "tcp-on-alb", d -> edit(d, "HttpListener", Listener.class,
                        l -> protocol(l, Protocol.TCP)), true, "LISTENER-PROTOCOL [HttpListener, Alb]"),
                of("LISTENER-PROTOCOL", "http-on-nlb", d -> edit(d, "MsgListener", Listener.class,
                        l -> protocol(l, Protocol.HTTP)), true, "LISTENER-PROTOCOL [MsgListener, Nlb]"),
                of("HTTPS-NO-CERT", "https-without-certificate", d -> edit(d, "HttpsListener", Listener.class,
                        l -> l.withCertificates(List.of())), true, "HTTPS-NO-CERT [HttpsListener]"),
                of("CERT-HOST-MISMATCH", "host-of-another-domain", d -> {
                    d.put(new Certificate("ShopIoCert", "ShopIoCert", "shop.io", List.of("*.shop.io"), null));
                    edit(d, "ApiRule", ListenerRule.class, r -> r.withConditions(List.of(RuleCondition.host("api.shop.io"))));
                }, true, "CERT-HOST-MISMATCH [HttpsListener, ApiRule]"),
                of("CERT-HOST-MISMATCH", "wildcard-covers-one-label", d -> edit(d, "ApiRule", ListenerRule.class,
                        r -> r.withConditions(List.of(RuleCondition.host("v2.api.example.com")))), false,
                        "CERT-HOST-MISMATCH [HttpsListener, ApiRule]"),
                of("HTTP-NOT-REDIRECTED", "http-forwards", d -> edit(d, "HttpListener", Listener.class,
                        l -> l.withDefaultActions(List.of(Action.forward("WebTg")))), true,
                        "HTTP-NOT-REDIRECTED [HttpListener, HttpsListener]"),
                of("RULE-DUPLICATE-PRIORITY", "two-rules-at-10", d -> edit(d, "ImgRule", ListenerRule.class,
                        r -> r.withPriority(10)), true, "RULE-DUPLICATE-PRIORITY [ApiRule, ImgRule]"),
                of("RULE-SHADOWED", "wider-path-first", d -> addRule(d, "AllImgRule", 5, RuleCondition.path("/img*")),
                        true, "RULE-SHADOWED [ImgRule, AllImgRule]")
                        .withGood(d -> addRule(d, "AllImgRule", 30, RuleCondition.path("/img*"))),
                of("RULE-LIMITS", "four-paths", d -> edit(d, "ImgRule", ListenerRule.class, r -> r.withConditions(
                        List.of(RuleCondition.path("/a", "/b", "/c", "/d")))), false, "RULE-LIMITS [ImgRule]"),
                of("TARGET-PRIVATE-SUBNET", "instance-in-public-subnet", d -> edit(d, "Web1", Ec2Instance.class,
                        i -> i.withSubnet("PublicA")), true, "TARGET-PRIVATE-SUBNET [Web1, PublicA]"),
                of("TARGET-AZ-NOT-ENABLED", "instance-in-az-c", d -> edit(d, "Web1", Ec2Instance.class,
                        i -> i.withSubnet("PrivateC")), true, "TARGET-AZ-NOT-ENABLED [Web1, Alb]"),
                of("TARGET-SG-FROM-LB", "web-open-to-vpc", d -> edit(d, "WebSg", SecurityGroup.class,
                        g -> g.withIngress(List.of(SgRule.tcpFrom(80, "AlbSg"), SgRule.tcp(80, "10.0.0.0/16")))), true,
                        "TARGET-SG-FROM-LB [ApiService, WebSg]", "TARGET-SG-FROM-LB [Web1, WebSg]",
                        "TARGET-SG-FROM-LB [Web2, WebSg]"),
                of("TARGET-SG-BLOCKS-LB", "web-admits-nothing", d -> edit(d, "WebSg", SecurityGroup.class,
                        g -> g.withIngress(List.of())), true, "TARGET-SG-BLOCKS-LB [ApiService, Alb]",
                        "TARGET-SG-BLOCKS-LB [Web1, Alb]", "TARGET-SG-BLOCKS-LB [Web2, Alb]"),
                of("TARGET-SG-BLOCKS-LB", "nlb-targets-admit-nothing", d -> edit(d, "MsgSg", SecurityGroup.class,
                        g -> g.withIngress(List.of())), true, "TARGET-SG-BLOCKS-LB [Msg1, Nlb]",
                        "TARGET-SG-BLOCKS-LB [Msg2, Nlb]"),
                of("LB-SG-NO-LISTENER-PORT", "port-80-closed", d -> edit(d, "AlbSg", SecurityGroup.class,
                        g -> g.withIngress(List.of(SgRule.tcp(443, "0.0.0.0/0")))), true,
                        "LB-SG-NO-LISTENER-PORT [Alb, HttpListener]"),
                of("TG-EMPTY", "no-web-targets", d -> edit(d, "WebTg", TargetGroup.class, g -> g.withTargets(List.of())),
                        false, "TG-EMPTY [WebTg]"),
                of("TG-TARGET-TYPE", "fargate-in-instance-group", d -> edit(d, "ApiTg", TargetGroup.class,
                        g -> targetType(g, TargetType.INSTANCE)), true, "TG-TARGET-TYPE [ApiTg, ApiService]"),
                of("DB-PRIVATE-SUBNET", "publicly-accessible-reader", d -> edit(d, "Reader", DbInstance.class,
                        i -> new DbInstance(i.id(), i.name(), i.clusterId(), i.azId(), i.instanceClass(),
                                i.promotionTier(), true)), true, "DB-PRIVATE-SUBNET [Reader]"),
                of("DB-PRIVATE-SUBNET", "public-subnet-in-group", d -> dbSubnets(d, "DbA", "DbB", "PublicB"), true,
                        "DB-PRIVATE-SUBNET [Reader, PublicB]"),
                of("DB-SG-FROM-APP", "db-open-to-vpc", d -> edit(d, "DbSg", SecurityGroup.class,
                        g -> g.withIngress(List.of(SgRule.tcp(5432, "10.0.0.0/16")))), true, "DB-SG-FROM-APP [Db, DbSg]"),
                of("DB-SUBNET-GROUP-AZ", "one-az-group", d -> dbSubnets(d, "DbA"), true, "DB-SUBNET-GROUP-AZ [DbSubnets]"),
                of("DB-READER-AZ", "reader-beside-writer", d -> edit(d, "Reader", DbInstance.class, i -> i.withAz("AzA")),
                        true, "DB-READER-AZ [Db, Writer]"),
                of("LISTENER-DUPLICATE-PORT", "two-listeners-on-80", d -> edit(d, "HttpsListener", Listener.class,
                        l -> new Listener(l.id(), l.name(), l.loadBalancerId(), l.protocol(), 80, l.certificateIds(),
                                l.sslPolicy(), l.defaultActions())), true,
                        "LISTENER-DUPLICATE-PORT [HttpsListener, HttpListener, Alb]"),
                of("LB-NO-SECURITY-GROUP", "alb-without-groups", d -> edit(d, "Alb", LoadBalancer.class,
                        lb -> lb.withSecurityGroups(List.of())), false, "LB-NO-SECURITY-GROUP [Alb]",
                        "TARGET-SG-BLOCKS-LB [ApiService, Alb]", "TARGET-SG-BLOCKS-LB [Web1, Alb]",
                        "TARGET-SG-BLOCKS-LB [Web2, Alb]"),
                of("DB-NO-READER", "writer-only", d -> d.remove("Reader"), true, "DB-NO-READER [Db]"),
                of("RDS-SINGLE-AZ", "single-az-mysql", d -> d.put(rdsInstance(false)), true, "RDS-SINGLE-AZ [Orders]")
                        .withGood(d -> d.put(rdsInstance(true))),
                of("DB-INSTANCE-NO-CLUSTER", "reader-from-the-palette", d -> edit(d, "Reader", DbInstance.class,
                        i -> new DbInstance(i.id(), i.name(), null, i.azId(), i.instanceClass(), i.promotionTier(),
                                false)), true, "DB-NO-READER [Db]", "DB-INSTANCE-NO-CLUSTER [Reader]"),
                of("SUBNET-CIDR", "overlapping-subnets", d -> edit(d, "PrivateC", Subnet.class,
                        s -> s.withCidr("10.0.10.0/23")), false, "SUBNET-CIDR [PrivateC, PrivateA]",
                        "SUBNET-CIDR [PrivateC, PrivateB]"),
                of("SUBNET-CIDR", "outside-vpc", d -> edit(d, "PublicC", Subnet.class, s -> s.withCidr("10.1.0.0/24")),
                        false, "SUBNET-CIDR [PublicC, Vpc]"),
                of("NAT-PUBLIC-SUBNET", "nat-in-private-subnet", d -> edit(d, "NatB", NatGateway.class,
                        n -> n.withSubnet("PrivateB")), true, "NAT-PUBLIC-SUBNET [NatB, PrivateB]"),
                of("NAT-PUBLIC-SUBNET", "nat-without-eip", d -> edit(d, "NatA", NatGateway.class,
                        n -> new NatGateway(n.id(), n.name(), n.subnetId(), true, false)), true, "NAT-PUBLIC-SUBNET [NatA]"),
                of("SG-OPEN-ADMIN", "ssh-from-anywhere", d -> d.put(SecurityGroup.create("AdminSg", "AdminSg", "Vpc", "admin")
                        .withIngress(List.of(SgRule.tcp(22, "0.0.0.0/0")))), true, "SG-OPEN-ADMIN [AdminSg]"),
                of("RULE-PRIORITY-RANGE", "priority-50001", d -> edit(d, "ImgRule", ListenerRule.class,
                        r -> r.withPriority(50001)), false, "RULE-PRIORITY-RANGE [ImgRule]"),
                of("RULE-HAS-CONDITION", "no-conditions", d -> edit(d, "ImgRule", ListenerRule.class,
                        r -> r.withConditions(List.of())), false, "RULE-HAS-CONDITION [ImgRule]"),
                of("REDIRECT-NO-LOOP", "query-only-change", d -> d.put(new ListenerRule("LoopRule", "LoopRule",
                        "HttpsListener", 30, List.of(RuleCondition.path("/old")), List.of(Action.redirect(
                        new RedirectConfig("HTTPS", null, "443", null, "x=1", "HTTP_301"))))), false,
                        "REDIRECT-NO-LOOP [LoopRule]"),
                of("REDIRECT-NO-HTTPS-DOWNGRADE", "https-to-http", d -> d.put(new ListenerRule("PlainRule", "PlainRule",
                        "HttpsListener", 30, List.of(RuleCondition.path("/plain")), List.of(Action.redirect(
                        new RedirectConfig("HTTP", null, "80", null, null, "HTTP_301"))))), false,
                        "REDIRECT-NO-HTTPS-DOWNGRADE [PlainRule]"),
                of("FORWARD-WEIGHTS", "weight-1000-and-missing", d -> edit(d, "ImgRule", ListenerRule.class,
                        r -> r.withActions(List.of(Action.forwardWeighted(List.of(new WeightedTargetGroup("WebTg", null),
                                new WeightedTargetGroup("ApiTg", 1000)))))), false, "FORWARD-WEIGHTS [ImgRule]"),
                of("TG-SINGLE-LB", "web-group-on-two-albs", d -> {
                    d.put(new LoadBalancer("Alb2", "Alb2", "Vpc", LbType.APPLICATION, Scheme.INTERNET_FACING,
                            List.of("PublicA", "PublicB"), List.of("AlbSg"), Map.of(), List.of()));
                    d.put(new Listener("Alb2Listener", "Alb2Listener", "Alb2", Protocol.HTTP, 80, List.of(), null,
                            List.of(Action.forward("WebTg"))));
                }, false, "TG-SINGLE-LB [WebTg, Alb, Alb2]"),
                of("STICKY-CROSS-ZONE-OFF", "sticky-without-cross-zone", d -> edit(d, "WebTg", TargetGroup.class,
                        g -> g.withAttributes(Map.of("stickiness.enabled", "true",
                                "load_balancing.cross_zone.enabled", "false"))), true, "STICKY-CROSS-ZONE-OFF [WebTg]"),
                of("HEALTHCHECK-SETTINGS-VALID", "interval-2-matcher-600", d -> edit(d, "WebTg", TargetGroup.class,
                        g -> healthCheck(g, new HealthCheck("HTTP", null, "/", 2, 5, 5, 2, "600"))), true,
                        "HEALTHCHECK-SETTINGS-VALID [WebTg]"),
                of("NAT-GW-PER-AZ", "az-b-through-nat-a", d -> edit(d, "PrivateB", Subnet.class,
                        s -> s.withRouteTable("PrivateRtA")), true, "NAT-GW-PER-AZ [PrivateB, NatA]"),
                of("AURORA-REPLICA-LIMIT", "tier-16", d -> edit(d, "Reader", DbInstance.class,
                        i -> new DbInstance(i.id(), i.name(), i.clusterId(), i.azId(), i.instanceClass(), 16, false)),
                        false, "AURORA-REPLICA-LIMIT [Db]", "AURORA-FAILOVER-TIER [Db]"),
                of("LB-SG-EGRESS-TO-TARGETS", "alb-egress-only-443", d -> edit(d, "AlbSg", SecurityGroup.class,
                        g -> g.withEgress(List.of(SgRule.tcp(443, "0.0.0.0/0")))), true,
                        "LB-SG-EGRESS-TO-TARGETS [Alb, ApiService]", "LB-SG-EGRESS-TO-TARGETS [Alb, Web1]",
                        "LB-SG-EGRESS-TO-TARGETS [Alb, Web2]")
                        .withGood(d -> edit(d, "AlbSg", SecurityGroup.class,
                                g -> g.withEgress(List.of(SgRule.tcpFrom(80, "WebSg"))))),
                of("NACL-ALLOWS-FLOW", "no-outbound-from-private-a", d -> naclOnPrivateA(d, List.of(
                        new NaclEntry(100, false, "-1", -1, -1, "0.0.0.0/0", true))), false,
                        "NACL-ALLOWS-FLOW [ApiService, Alb]", "NACL-ALLOWS-FLOW [Msg1, Nlb]", "NACL-ALLOWS-FLOW [Web1, Alb]")
                        .withGood(d -> naclOnPrivateA(d, List.of(new NaclEntry(100, false, "-1", -1, -1, "0.0.0.0/0", true),
                                new NaclEntry(100, true, "6", 1024, 65535, "10.0.0.0/16", true)))),
                of("AUTH-ACTION-HTTPS-ONLY", "oidc-on-http", d -> edit(d, "HttpListener", Listener.class,
                        l -> l.withDefaultActions(List.of(new Action(ActionType.AUTHENTICATE_OIDC, 1, List.of(), null, null,
                                null, null, Map.of("Issuer", "https://idp.example.com")), new Action(ActionType.REDIRECT, 2,
                                List.of(), null, null, RedirectConfig.toHttps(), null, null)))), false,
                        "AUTH-ACTION-HTTPS-ONLY [HttpListener]"),
                of("RULE-TERMINAL-ACTION", "forward-and-fixed-response", d -> edit(d, "ImgRule", ListenerRule.class,
                        r -> r.withActions(List.of(Action.forward("WebTg"), Action.fixedResponse("404", null, null)))),
                        false, "RULE-TERMINAL-ACTION [ImgRule]"),
                of("WEIGHTED-STICKINESS", "sticky-group-in-split", d -> {
                    edit(d, "WebTg", TargetGroup.class, g -> g.withAttributes(Map.of("stickiness.enabled", "true")));
                    edit(d, "ImgRule", ListenerRule.class, r -> r.withActions(List.of(Action.forwardWeighted(List.of(
                            new WeightedTargetGroup("WebTg", 1), new WeightedTargetGroup("ApiTg", 1))))));
                }, true, "WEIGHTED-STICKINESS [ImgRule]"),
                of("TG-PROTOCOL", "tls-group-behind-tcp-listener", d -> edit(d, "MsgTg", TargetGroup.class,
                        g -> protocol(g, Protocol.TLS)), true, "TG-PROTOCOL [MsgListener, MsgTg]"),
                of("TG-PROTOCOL", "tcp-group-behind-alb", d -> edit(d, "WebTg", TargetGroup.class,
                        g -> protocol(g, Protocol.TCP)), true, "TG-PROTOCOL [HttpsListener, WebTg]"),
                of("ALB-SUBNET-SIZE", "slash-28", d -> {
                    d.put(new Subnet("PublicA28", "PublicA28", "Vpc", "AzA", "10.0.4.0/28", "PublicRt", null, false));
                    albSubnets(d, "PublicA28", "PublicB");
                }, false, "ALB-SUBNET-SIZE [Alb, PublicA28]"),
                of("ALB-EIP-NOT-ALLOWED", "alb-with-eip", d -> edit(d, "Alb", LoadBalancer.class,
                        lb -> new LoadBalancer(lb.id(), lb.name(), lb.vpcId(), lb.type(), lb.scheme(), lb.subnetIds(),
                                lb.securityGroupIds(), lb.attributes(), List.of("eipalloc-0a1b"))), true,
                        "ALB-EIP-NOT-ALLOWED [Alb]"),
                of("NLB-AZ-WITHOUT-HEALTHY-TARGET", "no-target-in-az-b", d -> edit(d, "MsgTg", TargetGroup.class,
                        g -> g.withTargets(List.of(new TargetRegistration("Msg1", null)))), false,
                        "NLB-AZ-WITHOUT-HEALTHY-TARGET [Nlb, MsgTg]")
                        .withGood(d -> {
                            edit(d, "MsgTg", TargetGroup.class, g -> g.withTargets(List.of(new TargetRegistration("Msg1", null))));
                            edit(d, "Nlb", LoadBalancer.class, lb -> lb.withAttributes(
                                    Map.of(LoadBalancer.CROSS_ZONE, "true")));
                        }),
                of("ALB-EMPTY-AZ-CROSS-ZONE-OFF", "web-only-in-az-a", d -> edit(d, "WebTg", TargetGroup.class,
                        g -> g.withTargets(List.of(new TargetRegistration("Web1", null)))
                                .withAttributes(Map.of("load_balancing.cross_zone.enabled", "false"))), false,
                        "ALB-EMPTY-AZ-CROSS-ZONE-OFF [WebTg, Alb]"),
                of("AURORA-FAILOVER-TIER", "reader-in-tier-2", d -> edit(d, "Reader", DbInstance.class,
                        i -> new DbInstance(i.id(), i.name(), i.clusterId(), i.azId(), i.instanceClass(), 2, false)),
                        true, "AURORA-FAILOVER-TIER [Db]"),
                of("DJANGO-ALIAS-ENDPOINTS", "writes-to-reader-endpoint", d -> edit(d, "Shop", AppNode.class,
                        a -> a.withDatabases(List.of(new DbAlias("default", "Db", "reader"),
                                new DbAlias("reader", "Db", "reader")))), true, "DJANGO-ALIAS-ENDPOINTS [Shop]"),
                of("R53-ALIAS-TO-LB", "alias-with-ttl", d -> edit(d, "WwwRecord", DnsRecord.class,
                        r -> new DnsRecord(r.id(), r.name(), r.hostedZoneId(), r.recordName(), r.type(), r.aliasTargetId(),
                                r.values(), 300)), true, "R53-ALIAS-TO-LB [WwwRecord]"),
                // Issue 21, doc §7 #58 (AWS::Route53::RecordSet: no TTL on an alias): an imported alias keeps its TTL
                // as an extra property; Route 53 rejects it all the same.
                of("R53-ALIAS-TO-LB", "alias-with-kept-ttl", d -> d.setCfnExtras("WwwRecord", Map.of("TTL", "300")),
                        false, "R53-ALIAS-TO-LB [WwwRecord]"),
                // Issue 21, doc §2.7: only the listener ports of a load balancer answer, so its all-open group exposes
                // no admin port.
                of("SG-OPEN-ADMIN", "all-traffic-on-instances", d -> edit(d, "MsgSg", SecurityGroup.class,
                        g -> g.withIngress(List.of(SgRule.allTraffic("0.0.0.0/0")))), false, "SG-OPEN-ADMIN [MsgSg]")
                        .withGood(d -> edit(d, "AlbSg", SecurityGroup.class,
                                g -> g.withIngress(List.of(SgRule.allTraffic("0.0.0.0/0"))))),
                of("SG-OPEN-ADMIN", "ssh-named-on-an-alb-group", d -> edit(d, "AlbSg", SecurityGroup.class,
                        g -> g.withIngress(List.of(SgRule.tcp(443, "0.0.0.0/0"), SgRule.tcp(80, "0.0.0.0/0"),
                                SgRule.tcp(22, "0.0.0.0/0")))), true, "SG-OPEN-ADMIN [AlbSg]"),
                of("SG-LB-ALL-TRAFFIC", "alb-group-open-to-all", d -> edit(d, "AlbSg", SecurityGroup.class,
                        g -> g.withIngress(List.of(SgRule.allTraffic("0.0.0.0/0")))), false, "SG-LB-ALL-TRAFFIC [AlbSg]")
                        .withGood(d -> edit(d, "MsgSg", SecurityGroup.class,
                                g -> g.withIngress(List.of(SgRule.allTraffic("0.0.0.0/0"))))),
                // Issue 21: a group handed to other stacks through Outputs may get its targets there (info, not warning).
                of("TG-EMPTY", "exported-group-without-targets", d -> {
                    edit(d, "WebTg", TargetGroup.class, g -> g.withTargets(List.of()));
                    d.setCfnExtras("Vpc", Map.of("Archway::Template", Map.of("Outputs", Map.of("WebTgArn",
                            Map.of("Value", Map.of("Ref", "WebTg"), "Export", Map.of("Name", "shop-web-tg"))))));
                }, false, "TG-EMPTY [WebTg]"),
                // Issue 21, doc §1.5: one transform of each type; the replacement names only groups the regex has.
                of("RULE-TRANSFORMS", "two-url-rewrites-and-a-missing-group", d -> edit(d, "ImgRule", ListenerRule.class,
                        r -> r.withTransforms(List.of(RuleTransform.url("^/img/(.*)$", "/static/$2"),
                                RuleTransform.url("^/x", "/y")))), false, "RULE-TRANSFORMS [ImgRule]")
                        .withGood(d -> edit(d, "ImgRule", ListenerRule.class, r -> r.withTransforms(List.of(
                                RuleTransform.url("^/img/(.*)$", "/static/$1"),
                                RuleTransform.hostHeader("^www\\.(.+)$", "static.$1"))))),
                // Issue 21, doc §5.2.1 (the Aurora and RDS release calendars, kept in DbEngineCalendar).
                of("DB-ENGINE-RETIRED", "aurora-mysql-version-1", d -> cluster(d, "aurora", "5.6.10a"), false,
                        "DB-ENGINE-RETIRED [Db]")
                        .withGood(d -> cluster(d, "aurora-mysql", "8.0.mysql_aurora.3.08.0")),
                of("DB-ENGINE-VERSION-SUPPORT", "aurora-postgresql-13", d -> cluster(d, "aurora-postgresql", "13.9"),
                        false, "DB-ENGINE-VERSION-SUPPORT [Db]")
                        .withGood(d -> cluster(d, "aurora-postgresql", "14.15")),
                of("DB-ENGINE-VERSION-SUPPORT", "aurora-mysql-version-2", d -> cluster(d, "aurora-mysql",
                        "5.7.mysql_aurora.2.11.2"), false, "DB-ENGINE-VERSION-SUPPORT [Db]"),
                // Aurora PostgreSQL 10 left standard support before RDS Extended Support existed: retired.
                of("DB-ENGINE-RETIRED", "aurora-postgresql-10", d -> cluster(d, "aurora-postgresql", "10.21"), false,
                        "DB-ENGINE-RETIRED [Db]"),
                // An RDS instance of its own is judged by the RDS for MySQL and PostgreSQL calendars.
                of("DB-ENGINE-RETIRED", "rds-postgres-10", d -> rds(d, "postgres", 5432, "10.23"), false,
                        "DB-ENGINE-RETIRED [Orders]")
                        .withGood(d -> rds(d, "postgres", 5432, "16.4")),
                // Older than a retired major version is retired too; RDS for MariaDB has no Extended Support.
                of("DB-ENGINE-RETIRED", "rds-mysql-5.5-before-retired-5.6", d -> rds(d, "mysql", 3306, "5.5.62"),
                        false, "DB-ENGINE-RETIRED [Orders]")
                        .withGood(d -> rds(d, "mysql", 3306, "8.4")),
                of("DB-ENGINE-RETIRED", "rds-mariadb-10.6", d -> rds(d, "mariadb", 3306, "10.6.19"), false,
                        "DB-ENGINE-RETIRED [Orders]")
                        .withGood(d -> rds(d, "mariadb", 3306, "10.11.9")),
                of("DB-ENGINE-VERSION-SUPPORT", "rds-mysql-5.7", d -> rds(d, "MySQL", 3306, "5.7.44"), false,
                        "DB-ENGINE-VERSION-SUPPORT [Orders]")
                        .withGood(d -> rds(d, "mysql", 3306, "8.4.3")),
                of("DB-ENGINE-VERSION-SUPPORT", "rds-postgres-11-as-a-number", d -> rds(d, "postgres", 5432, 11), false,
                        "DB-ENGINE-VERSION-SUPPORT [Orders]"),
                // Issue 21, doc §7 #68 (AWS::RDS::DBCluster PubliclyAccessible: Multi-AZ DB clusters only).
                of("DB-CLUSTER-PUBLICLY-ACCESSIBLE", "publicly-accessible-on-cluster",
                        d -> d.setCfnExtras("Db", Map.of("PubliclyAccessible", "true")), false,
                        "DB-CLUSTER-PUBLICLY-ACCESSIBLE [Db]")
                        .withGood(d -> d.setCfnExtras("Db", Map.of("StorageEncrypted", "true"))),
                of("CFN-RESOURCE-LIMIT", "400-more-instances", d -> instances(d, 400), false, "CFN-RESOURCE-LIMIT []")
                        .withGood(d -> instances(d, 300)),
                of("NAME-CONTROL-CHARS", "line-break-in-a-name", d -> edit(d, "PublicA", Subnet.class,
                        s -> s.withName("PublicA\nrequire('fs')")), false, "NAME-CONTROL-CHARS [PublicA\nrequire('fs')]")
                        .withGood(d -> edit(d, "PublicA", Subnet.class, s -> s.withName("Public A é 🌍"))),
                of("NAME-CONTROL-CHARS", "line-break-in-a-kept-resource-name", d -> d.put(lambda("Fn\nx")), false,
                        "NAME-CONTROL-CHARS [Fn\nx]")
                        .withGood(d -> d.put(lambda("Fn"))), // its code has line breaks: data, not a name
                of("CONDITION-UNKNOWN", "condition-reads-a-parameter-without-value", d -> conditional(d, "Web2",
                        ConditionState.state(null, List.of("Env"))), false, "CONDITION-UNKNOWN [Web2]")
                        .withGood(d -> conditional(d, "Web2", ConditionState.state(true, List.of()))),
                // Issue 16: Auto Scaling groups as targets.
                of("ASG-SINGLE-AZ", "web-group-in-one-az", d -> webGroup(d, 1, 2, 4, "PrivateA"), true,
                        "ASG-SINGLE-AZ [WebAsg, Alb]")
                        .withGood(d -> webGroup(d, 1, 2, 4, "PrivateA", "PrivateB")),
                of("ASG-CAPACITY", "desired-above-maximum", d -> webGroup(d, 1, 5, 4, "PrivateA", "PrivateB"), true,
                        "ASG-CAPACITY [WebAsg]")
                        .withGood(d -> webGroup(d, 1, 4, 4, "PrivateA", "PrivateB")),
                of("ASG-CAPACITY", "minimum-above-maximum", d -> webGroup(d, 3, 3, 2, "PrivateA", "PrivateB"), true,
                        "ASG-CAPACITY [WebAsg]"),
                of("TG-EMPTY", "web-group-at-desired-zero", d -> {
                    webGroup(d, 0, 0, 4, "PrivateA", "PrivateB");
                    edit(d, "WebTg", TargetGroup.class, g -> g.withTargets(List.of(new TargetRegistration("WebAsg",
                            null))));
                }, false, "TG-EMPTY [WebTg]")
                        .withGood(d -> {
                            webGroup(d, 0, 1, 4, "PrivateA", "PrivateB");
                            edit(d, "WebTg", TargetGroup.class, g -> g.withTargets(List.of(new TargetRegistration(
                                    "WebAsg", null))));
                        }));
    }

    /** A kept Lambda function whose inline code spans lines. */
    private static dev.archway.model.OpaqueResource lambda(String name) {
        return new dev.archway.model.OpaqueResource("Fn", name, "AWS::Lambda::Function",
                Map.of("Code", Map.of("ZipFile", "import json\ndef handler(event, context):\n    return {}\n")),
                Map.of(), List.of());
    }

    /** Marks an element as created only under the template Condition IsProd, in the given state. */
    private static void conditional(dev.archway.model.Design d, String id, Map<String, Object> state) {
        d.setCfnExtras(id, Map.of("Condition", "IsProd", ConditionState.KEY, state));
    }

    /** An Auto Scaling group WebAsg of WebSg instances in the given subnets, registered in WebTg beside Web1, Web2. */
    private static void webGroup(dev.archway.model.Design d, int min, int desired, int max, String... subnets) {
        d.put(new AutoScalingGroup("WebAsg", "WebAsg", "Vpc", List.of(subnets), List.of("WebSg"), min, desired, max,
                "t3.micro", "ami-0abcdef1234567890", null));
        edit(d, "WebTg", TargetGroup.class, g -> {
            List<TargetRegistration> targets = new java.util.ArrayList<>(g.targets());
            targets.add(new TargetRegistration("WebAsg", null));
            return g.withTargets(targets);
        });
    }

    private static void cluster(dev.archway.model.Design d, String engine, String version) {
        edit(d, "Db", AuroraCluster.class, c -> new AuroraCluster(c.id(), c.name(), c.vpcId(), engine, version,
                c.port(), c.dbSubnetGroupId(), c.securityGroupIds(), c.databaseName(), c.masterUsername(),
                c.writerId(), c.customEndpoints(), c.deletionProtection()));
    }

    /** More instances in the private subnets: one CloudFormation resource each. */
    private static void instances(dev.archway.model.Design d, int count) {
        for (int i = 0; i < count; i++) {
            String name = "Worker" + i;
            d.put(new Ec2Instance(name, name, i % 2 == 0 ? "PrivateA" : "PrivateB", List.of("WebSg"), "t3.micro",
                    null, null, false));
        }
    }

    private static TargetGroup protocol(TargetGroup g, Protocol protocol) {
        return new TargetGroup(g.id(), g.name(), g.vpcId(), protocol, g.port(), g.targetType(), g.healthCheck(),
                g.attributes(), g.targets());
    }

    private static void naclOnPrivateA(dev.archway.model.Design d, List<NaclEntry> entries) {
        d.put(new NetworkAcl("PrivateNacl", "PrivateNacl", "Vpc", entries));
        edit(d, "PrivateA", Subnet.class, s -> s.withNetworkAcl("PrivateNacl"));
    }

    private static void albSubnets(dev.archway.model.Design d, String... subnets) {
        edit(d, "Alb", LoadBalancer.class, lb -> lb.withSubnets(List.of(subnets)));
    }

    private static void dbSubnets(dev.archway.model.Design d, String... subnets) {
        edit(d, "DbSubnets", DbSubnetGroup.class, g -> new DbSubnetGroup(g.id(), g.name(), g.description(), List.of(subnets)));
    }

    private static void addRule(dev.archway.model.Design d, String name, int priority, RuleCondition condition) {
        d.put(new ListenerRule(name, name, "HttpsListener", priority, List.of(condition), List.of(Action.forward("WebTg"))));
    }

    private static LoadBalancer internal(LoadBalancer lb, String... subnets) {
        return new LoadBalancer(lb.id(), lb.name(), lb.vpcId(), lb.type(), Scheme.INTERNAL, List.of(subnets),
                lb.securityGroupIds(), lb.attributes(), lb.elasticIps());
    }

    private static Listener protocol(Listener l, Protocol protocol) {
        return new Listener(l.id(), l.name(), l.loadBalancerId(), protocol, l.port(), l.certificateIds(), l.sslPolicy(),
                l.defaultActions());
    }

    private static TargetGroup targetType(TargetGroup g, TargetType type) {
        return new TargetGroup(g.id(), g.name(), g.vpcId(), g.protocol(), g.port(), type, g.healthCheck(), g.attributes(),
                g.targets());
    }

    private static TargetGroup healthCheck(TargetGroup g, HealthCheck hc) {
        return new TargetGroup(g.id(), g.name(), g.vpcId(), g.protocol(), g.port(), g.targetType(), hc, g.attributes(),
                g.targets());
    }
}
