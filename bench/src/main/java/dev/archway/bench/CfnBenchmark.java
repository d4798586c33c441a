package dev.archway.bench;

import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.cfn.CfnJsonExporter;
import dev.archway.exporters.cfn.CfnYamlExporter;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import java.nio.file.Path;
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
 * CloudFormation export (JSON and YAML text) and import (from that text) of generated designs of 100, 1,000 and
 * 10,000 elements. Targets: export of 1,000 under 50 ms, import under 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CfnBenchmark {
    private static final Path JSON = Path.of("synthetic.json");
    private static final Path YAML = Path.of("synthetic.yaml");

    @Param({"100", "1000", "10000"})
    int elements;

    private Design design;
    private String json;
    private String yaml;

    @Setup
    public void setUp() {
        design = SyntheticDesigns.generate(elements);
        json = new CfnJsonExporter().render(design).content();
        yaml = new CfnYamlExporter().render(design).content();
    }

    @Benchmark
    public String exportJson() {
        return new CfnJsonExporter().render(design).content();
    }

    @Benchmark
    public String exportYaml() {
        return new CfnYamlExporter().render(design).content();
    }

    @Benchmark
    public Design importJson() throws InputException {
        return new CfnImporter().importText(json, JSON);
    }

    @Benchmark
    public Design importYaml() throws InputException {
        return new CfnImporter().importText(yaml, YAML);
    }
}
