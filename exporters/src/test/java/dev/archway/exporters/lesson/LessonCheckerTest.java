package dev.archway.exporters.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.lesson.Lesson;
import dev.archway.model.lesson.LessonChecker;
import dev.archway.model.lesson.StepResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson checks speak the engine's language: findings from the validator, answers from the simulator. */
class LessonCheckerTest {
    private static final String HOST_ROUTING = "01-alb-host-routing.archway.json";
    private static final String SSL = "02-ssl-termination.archway.json";
    private static final String NLB = "03-nlb-tcp-gateway.archway.json";
    private static final String AURORA = "04-aurora-django.archway.json";

    private static List<StepResult> check(String steps) throws Exception {
        return check(HOST_ROUTING, steps);
    }

    private static List<StepResult> check(String example, String steps) throws Exception {
        Lesson lesson = LessonFile.parse("""
                formatVersion: 1
                id: t
                title: T
                startDesign: example:01-alb-host-routing.archway.json
                steps:
                """ + steps, Path.of("t.lesson.yaml"));
        Design design = Examples.load(example);
        return new LessonChecker().check(lesson, design);
    }

    private static String step(String check) {
        return "  - title: S\n    explanation: E\n    task: T\n    checks:\n      - " + check + "\n";
    }

    private static List<Boolean> passed(List<StepResult> results) {
        return results.stream().map(StepResult::passed).toList();
    }

    @Test
    void aRequestCheckPassesWhenTheSimulationAnswersAsExpected() throws Exception {
        List<StepResult> results = check(step(
                "request: GET https://www.example.com/api/orders\n        expect: {outcome: forwarded, rule: ShopApiRule, targetGroup: ApiTargets}"));
        assertEquals(null, results.get(0).firstFailure());
    }

    @Test
    void aRequestCheckSaysWhatHappenedInstead() throws Exception {
        List<StepResult> results = check(step(
                "request: GET https://www.example.com/api/orders\n        expect: {targetGroup: ShopTargets}\n        failure: API calls should reach the shop"));
        assertEquals("API calls should reach the shop (targetGroup is ApiTargets, not ShopTargets)",
                results.get(0).firstFailure());
    }

    @Test
    void findingChecksAskTheValidator() throws Exception {
        List<StepResult> results = check(step("noFinding: TARGET-PRIVATE-SUBNET") + step("finding: LB-TWO-AZ"));
        assertEquals(List.of(true, false), passed(results));
    }

    @Test
    void countChecksMatchElementFields() throws Exception {
        List<StepResult> results = check(step("count: LOAD_BALANCER\n        where: {type: APPLICATION}")
                + step("count: LOAD_BALANCER\n        where: {type: NETWORK}"));
        assertEquals(List.of(true, false), passed(results));
    }

    @Test
    void sharesCountSimulatedClientsPerTargetAzAndOutcome() throws Exception {
        List<StepResult> results = check(step("""
                request: GET https://www.example.com/
                        requests: 2000
                        expect: {share.ShopA: 50%, share.ShopB: 50%, share.AzA: 50%, share.eu-west-1b: 50%, share.BlogA: 0%, share.forwarded: 100%}""")
                + step("""
                request: GET https://www.example.com/
                        expect: {share.ShopA: 100%}"""));
        assertEquals(List.of(true, false), passed(results));
        String failure = results.get(1).firstFailure();
        assertTrue(failure.matches(".*\\(share\\.ShopA is \\d+(\\.\\d+)?%, not 100% \\(within 2 points\\)\\)"), failure);
    }

    @Test
    void aShareMayMissByTheToleranceOnly() throws Exception {
        List<StepResult> results = check(step("request: GET https://www.example.com/\n        expect: {share.ShopA: 40%}")
                + step("request: GET https://www.example.com/\n        tolerance: 11\n        expect: {share.ShopA: 40%}"));
        assertEquals(List.of(false, true), passed(results));
    }

    @Test
    void anNlbWithdrawsAnAzWithoutHealthyTargetsFromDns() throws Exception {
        List<StepResult> results = check(NLB, step("""
                request: TCP mq.example.io:8883
                        unhealthy: BrokerB
                        expect: {share.BrokerA: 100%, share.AzB: 0%}""") + step("""
                request: TCP mq.example.io:8883
                        expect: {share.BrokerA: 50%, share.BrokerB: 50%}"""));
        assertEquals(List.of(true, true), passed(results));
    }

    @Test
    void aRequestToAStaticNlbAddressUsesThatAzsNodeAndFailsWithIt() throws Exception {
        List<StepResult> results = check(NLB, step("""
                request: TCP 203.0.113.20:8883
                        expect: {outcome: forwarded, nodeZone: AzB, nodeAddress: 203.0.113.20, availabilityZone: AzB}""")
                + step("""
                request: TCP 203.0.113.10:8883
                        failAz: eu-central-1a
                        expect: {outcome: unavailable, nodeZone: AzA, nodeAddress: 203.0.113.10}""")
                + step("""
                request: TCP 203.0.113.10:8883
                        failAz: eu-central-1a
                        expect: {nodeZone: AzB}"""));
        assertEquals(List.of(true, true, false), passed(results));
    }

    @Test
    void scenariosNameAzsByElementOrZoneAndAWrongNameFailsTheCheckSayingSo() throws Exception {
        List<StepResult> results = check(NLB, step("""
                request: TCP 203.0.113.10:8883
                        failAz: AzA
                        expect: {outcome: unavailable}""") + step("""
                request: TCP 203.0.113.10:8883
                        failAz: eu-central-1c
                        expect: {outcome: forwarded}"""));
        assertEquals(List.of(true, false), passed(results));
        assertEquals("the request TCP 203.0.113.10:8883 does not go where it should (failAz 'eu-central-1c': no AZ of that name or zone; "
                + "the design has eu-central-1a, eu-central-1b)", results.get(1).firstFailure());
    }

    @Test
    void theTargetSeesTheGroupsProtocolAndTheAlbsForwardedHeaders() throws Exception {
        List<StepResult> results = check(SSL, step("""
                request: GET https://www.example.org/cart
                        expect: {targetProtocol: HTTP, forwardedProto: https, forwardedPort: "443", certificate: ExampleOrgCertificate, certificateCovers: "true"}""")
                + step("""
                request: GET https://a.b.example.org/
                        expect: {certificateCovers: "false"}""")
                + step("""
                request: GET http://www.example.org/cart?id=7
                        expect: {outcome: redirected, statusCode: "301", location: "https://www.example.org:443/cart?id=7"}"""));
        assertEquals(List.of(true, true, true), passed(results));
    }

    /** Issue 21: a check can ask what the target sees (source, TLS, Host, path, X-Forwarded-For). */
    @Test
    void aCheckCanTestWhatTheTargetSees() throws Exception {
        List<StepResult> results = check(SSL, step("""
                request: GET https://www.example.org/cart
                        sourceIp: 198.51.100.7
                        expect: {targetSourceIs: load-balancer-node, tls: terminated, forwardedHost: www.example.org, targetPath: /cart, forwardedFor: 198.51.100.7}""")
                + step("""
                request: GET https://www.example.org/cart
                        expect: {tls: re-encrypted}"""));
        assertEquals(List.of(true, false), passed(results));
    }

    @Test
    void anNlbAddsNoForwardedHeaders() throws Exception {
        List<StepResult> results = check(NLB, step("""
                request: TCP mq.example.io:8883
                        expect: {targetProtocol: TCP, forwardedProto: https}"""));
        assertEquals("the request TCP mq.example.io:8883 does not go where it should (forwardedProto is null, not https)",
                results.get(0).firstFailure());
    }

    @Test
    void aQueryAnswersAliasRoleAndFailover() throws Exception {
        List<StepResult> results = check(AURORA, step("""
                query: read
                        app: DjangoApp
                        expect: {alias: reader, endpoint: reader, role: reader}""") + step("""
                query: write
                        app: DjangoApp
                        failWriter: true
                        expect: {alias: default, endpoint: cluster, promoted: ReaderB, instance: ReaderB, role: writer, writeAccepted: "true"}""")
                + step("""
                query: write
                        app: DjangoApp
                        using: reader
                        expect: {writeAccepted: "false", role: reader}"""));
        assertEquals(List.of(true, true, true), passed(results));
    }

    @Test
    void queryConnectionsSpreadOverTheReaderEndpointsReplicas() throws Exception {
        List<StepResult> results = check(AURORA, step("""
                query: read
                        app: DjangoApp
                        expect: {share.ReaderB: 50%, share.ReaderC: 50%, share.Writer: 0%, share.AzA: 0%}""")
                + step("""
                query: read
                        app: DjangoApp
                        failWriter: true
                        expect: {share.ReaderC: 100%, share.unavailable: 0%}"""));
        assertEquals(List.of(true, true), passed(results));
    }
}
