package dev.archway.bench;

import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One simulated request through one ALB of a generated design, as {@code archway simulate FILE --request ...} runs
 * it: the router is built for the design, the load balancer found by host, the rules matched, the path checked.
 */
@State(Scope.Benchmark)
public class RequestBenchmark extends MillisecondBenchmark {
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
