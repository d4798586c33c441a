package dev.archway.bench;

import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.network.Subnet;
import dev.archway.model.rule.Finding;
import dev.archway.model.validation.IncrementalValidator;
import dev.archway.model.validation.Validator;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of generated designs (100, 1,000 and 10,000 elements): a full check with every rule, and the
 * incremental re-check after one edit (an instance moved to another subnet of its VPC, as a drag on the canvas does),
 * with the costly whole-design checks deferred as the editor defers them, and the same edit settled.
 * Targets: 10,000 elements fully checked in under 100 ms, one edit re-checked in under 5 ms.
 */
@Warmup(iterations = 6, time = 1) // the full check of 10,000 elements is still warming after three
public class ValidationBenchmark extends MillisecondBenchmark {

    /** A generated design and a validator; nothing else, so the full check is measured alone. */
    @State(Scope.Benchmark)
    public static class Full {
        @Param({"100", "1000", "10000"})
        int elements;

        Design design;
        Validator validator;

        @Setup(Level.Trial)
        public void setUp() {
            design = SyntheticDesigns.generate(elements);
            validator = new Validator();
        }
    }

    /** A generated design watched by an incremental validator, and an instance to move between two subnets. */
    @State(Scope.Benchmark)
    public static class Edited {
        @Param({"100", "1000", "10000"})
        int elements;

        Design design;
        IncrementalValidator incremental;
        Ec2Instance atHome;
        Ec2Instance moved;
        boolean away;

        @Setup(Level.Trial)
        public void setUp() {
            design = SyntheticDesigns.generate(elements);
            incremental = new IncrementalValidator(design);
            incremental.deferCostlyChecks(settle -> { }); // as the editor does: costly checks wait for a pause
            atHome = design.all(Ec2Instance.class).get(0);
            Subnet home = design.get(atHome.subnetId(), Subnet.class);
            Subnet other = design.all(Subnet.class).stream()
                    .filter(s -> s.vpcId().equals(home.vpcId()) && !s.id().equals(home.id())).findFirst().orElseThrow();
            moved = atHome.withSubnet(other.id());
        }
    }

    @Benchmark
    public List<Finding> fullValidation(Full state) {
        return state.validator.validate(state.design);
    }

    /** One edit and the re-check it triggers; alternates between two placements so every call changes the design. */
    @Benchmark
    public int incrementalAfterOneEdit(Edited state) {
        state.away = !state.away;
        state.design.put(state.away ? state.moved : state.atHome);
        return state.incremental.lastRecheckCount();
    }

    /** The same edit followed by the costly whole-design checks the editor runs once the user pauses. */
    @Benchmark
    public int incrementalAfterOneEditSettled(Edited state) {
        int rechecked = incrementalAfterOneEdit(state);
        state.incremental.settle();
        return rechecked;
    }
}
