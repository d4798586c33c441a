package dev.archway.bench;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.cdk.CdkJavaExporter;
import dev.archway.exporters.cdk.CdkTsExporter;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing a CDK app (Java and TypeScript source) for generated designs of 100, 1,000 and 10,000 elements; the two
 * larger ones are past CloudFormation's 500 resources, so this includes planning their nested stacks. How long
 * {@code cdk synth} of such an app takes against our direct CloudFormation export is in docs/cdk-export.md: synth
 * runs Node.js and needs seconds, so it is timed there rather than here.
 */
@State(Scope.Benchmark)
public class CdkBenchmark extends MillisecondBenchmark {
    @Param({"100", "1000", "10000"})
    int elements;

    private Design design;

    @Setup(Level.Trial)
    public void setUp() {
        design = SyntheticDesigns.generate(elements);
    }

    @Benchmark
    public ExportOutput javaApp() {
        return new CdkJavaExporter().render(design);
    }

    @Benchmark
    public ExportOutput typeScriptApp() {
        return new CdkTsExporter().render(design);
    }
}
