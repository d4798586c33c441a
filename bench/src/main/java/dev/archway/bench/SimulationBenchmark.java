package dev.archway.bench;

import dev.archway.exporters.InputException;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.simulation.ListenerRuleMatcher;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.simulation.TrafficReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing speed: rule decisions per second on one listener with 100 rules (target: over 1 million per second on
 * one core), and a {@code --requests 1000000} run on the NLB example (target: under 2 s).
 * {@code rules=literal}: each rule names its host literally plus a path pattern; {@code rules=wildcard}: every rule
 * has a wildcard host and a path glob, so no rule can be skipped by the host index.
 */
@State(Scope.Benchmark)
// a heap touched up front: on this VM first-touch page faults made runs of one benchmark vary fourfold
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SimulationBenchmark {
    private static final int REQUESTS = 16;

    @Param({"literal", "wildcard"})
    String rules;

    private ListenerRuleMatcher matcher;
    private SimRequest[] requests;
    private RequestRouter nlbRouter;
    private SimRequest nlbRequest;

    @Setup
    public void setUp() throws InputException {
        List<ListenerRule> list = new ArrayList<>();
        Action action = Action.fixedResponse("200", null, null);
        for (int i = 1; i <= 100; i++) {
            RuleCondition host = rules.equals("literal") ? RuleCondition.host("svc" + i + ".example.com")
                    : RuleCondition.host("*.svc" + i + ".example.com");
            list.add(new ListenerRule("r" + i, "r" + i, "L", i, List.of(host, RuleCondition.path("/api/v" + i + "/*",
                    "/static/" + i + "/?")), List.of(action)));
        }
        matcher = new ListenerRuleMatcher(list, false);
        requests = new SimRequest[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            int n = 100 - 6 * i;
            String host = (rules.equals("literal") ? "" : "www.") + "svc" + Math.max(n, 1) + ".example.com";
            String path = i % 4 == 3 ? "/nothing/here" : "/api/v" + Math.max(n, 1) + "/users?page=2";
            requests[i] = SimRequest.parse("GET https://" + host + path, List.of("User-Agent: bench"), null);
        }
        Design nlb = Examples.load("03-nlb-tcp-gateway.archway.json");
        nlbRouter = new RequestRouter(nlb);
        nlbRequest = SimRequest.parse("TCP mq.example.io:8883", List.of(), null);
    }

    /** One decision = the winning rule of one request among 100 (most requests match late or fall to default). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(REQUESTS)
    public int ruleDecisions() {
        int sum = 0;
        for (SimRequest r : requests) {
            sum += matcher.match(r);
        }
        return sum;
    }

    /** {@code archway simulate 03-nlb-tcp-gateway --request "TCP mq.example.io:8883" --requests 1000000}. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TrafficReport millionRequestsOnNlbExample() {
        return nlbRouter.send(nlbRequest, null, SimulationScenario.NORMAL, 1_000_000);
    }
}
