package dev.archway.bench;

import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One simulated request through one ALB of a generated design, as {@code archway simulate FILE --request ...} runs
 * it: the router is built for the design, the load balancer found by host, the rules matched, the path checked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// a heap touched up front: on this VM first-touch page faults made runs of one benchmark vary fourfold
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RequestBenchmark {
    @Param({"10000"})
    int elements;

    private Design design;
    private SimRequest request;

    @Setup
    public void setUp() {
        design = SyntheticDesigns.generate(elements);
        request = SimRequest.parse("GET https://s7.svc42.example.com/orders", List.of(), null);
    }

    @Benchmark
    public RouteTrace oneRequestThroughOneAlb() {
        return new RequestRouter(design).route(request, null, SimulationScenario.NORMAL);
    }
}
