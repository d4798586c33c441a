package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RuleCondition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListenerRuleMatcherTest {
    private static final Action ANY = Action.fixedResponse("200", null, null);

    /** Listed out of priority order on purpose: evaluation sorts by ascending priority (doc §1.1). */
    private static final List<ListenerRule> RULES = List.of(
            rule("ApiHost", 10, RuleCondition.host("api.example.com")),
            rule("ApiV3", 3, RuleCondition.host("api.example.com"), RuleCondition.path("/v3/*")),
            rule("MethodRule", 5, RuleCondition.of(ConditionField.HTTP_REQUEST_METHOD, "POST"),
                    RuleCondition.path("/submit")),
            rule("WildHost", 20, RuleCondition.host("*.example.org")),
            rule("PathRule", 30, RuleCondition.path("/img/*", "/static/?")),
            rule("HeaderRule", 40, RuleCondition.header("User-Agent", "*Mobile*")),
            rule("QueryRule", 50, RuleCondition.query(new QueryPair("version", "v1"), new QueryPair(null, "*beta*"))),
            rule("SourceRule", 60, RuleCondition.of(ConditionField.SOURCE_IP, "192.0.2.0/24", "2001:db8::/32")),
            rule("HostAndPath", 70, RuleCondition.host("shop.example.com"), RuleCondition.path("/cart")),
            rule("TwoHeaders", 80, RuleCondition.header("X-A", "1"), RuleCondition.header("X-B", "2")),
            rule("PortHost", 90, RuleCondition.host("port.example.com")),
            rule("RegexPath", 95, new RuleCondition(ConditionField.PATH_PATTERN, null, List.of(), List.of(),
                    List.of("^/users/[0-9]+$"))));

    private static ListenerRule rule(String name, int priority, RuleCondition... conditions) {
        return new ListenerRule(name, name, "L", priority, List.of(conditions), List.of(ANY));
    }

    private static String winner(ListenerRuleMatcher matcher, SimRequest request) {
        int i = matcher.match(request);
        return i < 0 ? "default" : matcher.rule(i).name();
    }

    @ParameterizedTest(name = "{4}: {0} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "GET https://api.example.com/v1/users |  |  | ApiHost | §1.2 host-header exact",
        "GET https://API.Example.COM/v1 |  |  | ApiHost | §1.2 host-header is case-insensitive",
        "GET https://api.example.com/v3/items |  |  | ApiV3 | §1.1 lowest priority number wins",
        "POST https://x.example.net/submit |  |  | MethodRule | §1.2 http-request-method",
        "post https://x.example.net/submit |  |  | default | §1.2 http-request-method is case-sensitive",
        "GET https://shop.example.org/ |  |  | WildHost | §1.2 '*' in host",
        "GET https://example.org/ |  |  | default | §1.2 '*.example.org' does not match the apex",
        "GET https://a.b.example.org/ |  |  | WildHost | §1.2 '*' is not stopped by '.' (UNCONFIRMED default)",
        "GET https://x.example.net/img/cat.png |  |  | PathRule | §1.2 path-pattern '*'",
        "GET https://x.example.net/IMG/cat.png |  |  | default | §1.2 path-pattern is case-sensitive",
        "GET https://x.example.net/static/a |  |  | PathRule | §1.2 '?' matches one character; values ORed",
        "GET https://x.example.net/static/ab |  |  | default | §1.2 '?' matches exactly one character",
        "GET https://x.example.net/app?img=/img/x |  |  | default | §1.2 the query string is not part of the path",
        "GET https://x.example.net/ | User-Agent: Foo MOBILE Safari |  | HeaderRule | §1.2 http-header value case-insensitive",
        "GET https://x.example.net/ | user-agent: Mobile |  | HeaderRule | §1.2 http-header name case-insensitive",
        "GET https://x.example.net/?version=v1 |  |  | QueryRule | §1.2 query-string key=value",
        "GET https://x.example.net/?VERSION=V1 |  |  | QueryRule | §1.2 query-string is case-insensitive",
        "GET https://x.example.net/?channel=mybeta2 |  |  | QueryRule | §1.2 query-string value without key matches any key",
        "GET https://x.example.net/?version=v2 |  |  | default | §1.2 query-string pair must be present",
        "GET https://x.example.net/ |  | 192.0.2.77 | SourceRule | §1.2 source-ip CIDR",
        "GET https://x.example.net/ | X-Forwarded-For: 192.0.2.77 | 198.51.100.1 | default | §1.2 source-ip ignores X-Forwarded-For",
        "GET https://shop.example.com/cart |  |  | HostAndPath | §1.2 conditions ANDed: both hold",
        "GET https://shop.example.com/checkout |  |  | default | §1.2 conditions ANDed: path fails",
        "GET https://x.example.net/ | X-A: 1 |  | default | §1.2 two http-header conditions: both required",
        "GET https://port.example.com:8443/ |  |  | default | §1.2 Host with a port fails a literal pattern (UNCONFIRMED default)",
        "GET https://port.example.com/ |  |  | PortHost | §1.2 default port is not sent in Host",
        "GET https://x.example.net/users/42 |  |  | RegexPath | §1.2 regex values",
        "GET https://x.example.net/users/4x |  |  | default | §1.1 nothing matches: default rule",
    })
    void routesByTheFirstMatchingRule(String line, String header, String sourceIp, String expected, String doc) {
        SimRequest request = SimRequest.parse(line, header == null ? List.of() : List.of(header), sourceIp);
        assertEquals(expected, winner(new ListenerRuleMatcher(RULES, false), request));
    }

    @Test
    void twoHeaderConditionsMatchWhenBothHeadersArePresent() {
        SimRequest request = SimRequest.parse("GET https://x.example.net/", List.of("X-A: 1", "X-B: 2"), null);
        assertEquals("TwoHeaders", winner(new ListenerRuleMatcher(RULES, false), request));
    }

    /** Doc §1.1: priority order holds across literal-host and wildcard-host rules (the host index keeps it). */
    @Test
    void wildcardRuleWithLowerPriorityStillWinsOverALiteralHostRule() {
        List<ListenerRule> rules = List.of(rule("Literal", 20, RuleCondition.host("a.example.com")),
                rule("Wildcard", 10, RuleCondition.host("*.example.com")),
                rule("LaterLiteral", 30, RuleCondition.host("b.example.com")));
        ListenerRuleMatcher matcher = new ListenerRuleMatcher(rules, false);
        assertEquals("Wildcard", winner(matcher, SimRequest.parse("GET https://a.example.com/", List.of(), null)));
        assertEquals("Wildcard", winner(matcher, SimRequest.parse("GET https://b.example.com/", List.of(), null)));
        assertEquals("default", winner(matcher, SimRequest.parse("GET https://example.com/", List.of(), null)));
        ListenerRuleMatcher literalFirst = new ListenerRuleMatcher(List.of(rules.get(0),
                rules.get(1).withPriority(25), rules.get(2)), false);
        assertEquals("Literal", winner(literalFirst, SimRequest.parse("GET https://a.example.com/", List.of(), null)));
        assertEquals("Wildcard", winner(literalFirst, SimRequest.parse("GET https://b.example.com/", List.of(),
                null)));
    }

    /** The per-Host memo of candidate rules never changes an answer, also past the number of hosts it keeps. */
    @Test
    void manyDistinctHostsStillMatchTheirRules() {
        ListenerRuleMatcher matcher = new ListenerRuleMatcher(RULES, false);
        for (int i = 0; i < ListenerRuleMatcher.HOSTS_REMEMBERED + 100; i++) {
            String host = "h" + i + ".example.org";
            assertEquals("WildHost", winner(matcher, SimRequest.parse("GET https://" + host + "/", List.of(), null)));
            assertEquals("MethodRule", winner(matcher, SimRequest.parse("POST https://" + host + "/submit", List.of(),
                    null)));
        }
    }

    @Test
    void hostPortCanBeIgnoredByConfiguration() {
        SimRequest request = SimRequest.parse("GET https://port.example.com:8443/", List.of(), null);
        assertEquals("PortHost", winner(new ListenerRuleMatcher(RULES, true), request));
    }

    @Test
    void explainsWhichConditionFailedForEachRuleTried() {
        SimRequest request = SimRequest.parse("GET https://shop.example.com/checkout", List.of(), null);
        List<ListenerRuleMatcher.RuleVerdict> verdicts = new ListenerRuleMatcher(RULES.subList(0, 2), false)
                .explain(request);
        assertEquals(List.of("host-header [api.example.com] fails: Host is 'shop.example.com'",
                "host-header [api.example.com] fails: Host is 'shop.example.com'"),
                verdicts.stream().map(ListenerRuleMatcher.RuleVerdict::reason).toList());
        assertEquals(List.of("ApiV3", "ApiHost"), verdicts.stream().map(v -> v.rule().name()).toList());
    }
}
