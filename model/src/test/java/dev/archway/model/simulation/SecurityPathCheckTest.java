package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Scheme;
import dev.archway.model.network.NaclEntry;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Doc §4.3: security groups and network ACLs on the client-to-LB and LB-to-target legs. */
class SecurityPathCheckTest {
    private static final String HTTPS_API = "GET https://api.example.com/";

    private static NaclEntry allowAll(int rule, boolean egress) {
        return new NaclEntry(rule, egress, "-1", -1, -1, "0.0.0.0/0", true);
    }

    private static NaclEntry tcp(int rule, boolean egress, int from, int to, String cidr, boolean allow) {
        return new NaclEntry(rule, egress, "tcp", from, to, cidr, allow);
    }

    private static Consumer<Design> acl(String subnet, NaclEntry... entries) {
        return d -> {
            d.put(new NetworkAcl("Acl" + subnet, "Acl" + subnet, "Vpc", List.of(entries)));
            d.put(d.get(subnet, Subnet.class).withNetworkAcl("Acl" + subnet));
        };
    }

    private static Consumer<Design> ingress(String group, SgRule... rules) {
        return d -> d.put(d.get(group, SecurityGroup.class).withIngress(List.of(rules)));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("§4.3 target SG admits the LB SG: forwarded", (Consumer<Design>) d -> { },
                        HTTPS_API, null, "forwarded", null, null),
                Arguments.of("§2.7 LB SG without the listener port blocks the client",
                        ingress("AlbSg", SgRule.tcp(80, "0.0.0.0/0")), HTTPS_API, null, "blocked", "AlbSg", null),
                Arguments.of("§4.1 LB SG admitting one CIDR blocks other clients",
                        ingress("AlbSg", SgRule.tcp(443, "198.51.100.0/24")), HTTPS_API, null, "blocked", "AlbSg", null),
                Arguments.of("§4.1 LB SG admitting one CIDR admits a client inside it",
                        ingress("AlbSg", SgRule.tcp(443, "198.51.100.0/24")), HTTPS_API, "198.51.100.7", "forwarded",
                        null, null),
                Arguments.of("§4.3 target SG admitting another group blocks the LB (504, health checks fail too)",
                        ingress("WebSg", SgRule.tcpFrom(80, "WebSg")), HTTPS_API, null, "blocked", "WebSg", 504),
                Arguments.of("§4.3 target SG CIDR must cover the LB subnet",
                        ingress("WebSg", SgRule.tcp(80, "10.0.0.0/28")), HTTPS_API, null, "blocked", "WebSg", 504),
                Arguments.of("§4.3 target SG CIDR covering the VPC admits the LB",
                        ingress("WebSg", SgRule.tcp(80, "10.0.0.0/16")), HTTPS_API, null, "forwarded", null, null),
                Arguments.of("§4.3 LB SG egress must reach the target",
                        (Consumer<Design>) d -> d.put(d.get("AlbSg", SecurityGroup.class).withEgress(
                                List.of(SgRule.tcp(443, "0.0.0.0/0")))), HTTPS_API, null, "blocked", "AlbSg", 504),
                Arguments.of("§4.2 NACL on the LB subnet denying the listener port blocks the client",
                        acl("PublicA", tcp(100, false, 80, 80, "0.0.0.0/0", true), allowAll(100, true))
                                .andThen(acl("PublicB", tcp(100, false, 80, 80, "0.0.0.0/0", true),
                                        allowAll(100, true))), HTTPS_API, null, "blocked", "AclPublicA", null),
                Arguments.of("§4.2 NACL first match: a lower-numbered deny wins over a later allow",
                        acl("PrivateA", tcp(50, false, 80, 80, "10.0.0.0/16", false), allowAll(100, false),
                                allowAll(100, true)).andThen(acl("PrivateB", tcp(50, false, 80, 80, "10.0.0.0/16",
                                        false), allowAll(100, false), allowAll(100, true))),
                        HTTPS_API, null, "blocked", "AclPrivateA", 504),
                Arguments.of("§4.2 NACL on the target subnet without ephemeral return ports blocks",
                        acl("PrivateA", allowAll(100, false), tcp(100, true, 80, 80, "0.0.0.0/0", true))
                                .andThen(acl("PrivateB", allowAll(100, false), tcp(100, true, 80, 80, "0.0.0.0/0",
                                        true))), HTTPS_API, null, "blocked", "AclPrivateA", 504),
                Arguments.of("§4.2 NACL allowing the port and 1024-65535 back lets traffic through",
                        acl("PrivateA", allowAll(100, false), tcp(100, true, 1024, 65535, "10.0.0.0/16", true))
                                .andThen(acl("PrivateB", allowAll(100, false), tcp(100, true, 1024, 65535,
                                        "10.0.0.0/16", true))), HTTPS_API, null, "forwarded", null, null),
                Arguments.of("§2.1 internet-facing LB in private subnets is unreachable from the internet",
                        (Consumer<Design>) d -> d.put(d.get("Alb", LoadBalancer.class).withSubnets(
                                List.of("PrivateA", "PrivateB"))), HTTPS_API, null, "blocked", "PrivateA", null),
                Arguments.of("§2.1 an internal LB has only private addresses: a public client never reaches it",
                        internal(), HTTPS_API, "203.0.113.9", "blocked", "Alb", null),
                Arguments.of("§2.1 an internal LB takes a client inside its VPC",
                        internal(), HTTPS_API, "10.0.7.9", "forwarded", null, null),
                Arguments.of("§2.1 an internal LB takes a client its subnet routes to over VPN or peering",
                        internal().andThen(privateRouteTo("192.168.0.0/16")), HTTPS_API, "192.168.4.4", "forwarded",
                        null, null),
                Arguments.of("§2.1 a VPN route covers only its range: other clients still cannot reach an internal LB",
                        internal().andThen(privateRouteTo("192.168.0.0/16")), HTTPS_API, "203.0.113.9", "blocked",
                        "Alb", null));
    }

    /** The ALB made internal, its group still open to 0.0.0.0/0 (what the issue saw). */
    private static Consumer<Design> internal() {
        return d -> {
            LoadBalancer lb = d.get("Alb", LoadBalancer.class);
            d.put(new LoadBalancer(lb.id(), lb.name(), lb.vpcId(), lb.type(), Scheme.INTERNAL, lb.subnetIds(),
                    lb.securityGroupIds(), lb.attributes(), lb.elasticIps()));
        };
    }

    /** A route from the public subnets to an on-premises range through a VPN gateway. */
    private static Consumer<Design> privateRouteTo(String cidr) {
        return d -> {
            RouteTable rt = d.get("PublicRt", RouteTable.class);
            List<Route> routes = new ArrayList<>(rt.routes());
            routes.add(new Route(cidr, RouteTarget.OTHER, "vgw-1"));
            d.put(rt.withRoutes(routes));
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesWhetherTheRequestGetsThrough(String doc, Consumer<Design> change, String line, String sourceIp,
            String outcome, String blockedBy, Integer status) {
        Design design = new Fixtures().twoDomainAlb().design();
        change.accept(design);
        RouteTrace t = new RequestRouter(design).route(SimRequest.parse(line, List.of(), sourceIp), null,
                SimulationScenario.NORMAL);
        assertEquals(outcome, t.outcome().label());
        assertEquals(blockedBy, t.blockedById() == null ? null : design.nameOf(t.blockedById()));
        assertEquals(status, t.statusCode());
    }

    static Stream<Arguments> nlbCases() {
        return Stream.of(
                Arguments.of("§3.4 NLB instance targets see the client IP: a VPC-only target SG blocks it",
                        "10.0.0.0/16", "blocked"),
                Arguments.of("§3.4 NLB instance targets see the client IP: an SG admitting clients lets it through",
                        "0.0.0.0/0", "forwarded"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nlbCases")
    void nlbWithoutSecurityGroupsPreservesTheClientIp(String doc, String admitted, String outcome) {
        Design design = new Fixtures().nlb(1, 1, false).design();
        design.put(design.get("GwSg", SecurityGroup.class).withIngress(List.of(SgRule.tcp(7000, admitted))));
        RouteTrace t = new RequestRouter(design).route(SimRequest.parse("TCP nlb:7000", List.of(), null), null,
                SimulationScenario.NORMAL);
        assertEquals(outcome, t.outcome().label());
    }
}
