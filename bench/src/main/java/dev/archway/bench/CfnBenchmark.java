package dev.archway.bench;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.cfn.CfnJsonExporter;
import dev.archway.exporters.cfn.CfnYamlExporter;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CloudFormation export (JSON and YAML) and import (of what export wrote) of generated designs of 100, 1,000 and
 * 10,000 elements. From 1,000 elements the design is past CloudFormation's 500 resources: export renders a parent
 * and nested stacks, and import reads the folder back. Targets: export of 1,000 under 50 ms, import under 200 ms;
 * export of 10,000 (nested) under 500 ms, import of its folder under 1 s.
 */
@State(Scope.Benchmark)
public class CfnBenchmark extends MillisecondBenchmark {
    @Param({"100", "1000", "10000"})
    int elements;

    private Design design;
    private Path json;
    private Path yaml;

    @Setup
    public void setUp() throws IOException {
        design = SyntheticDesigns.generate(elements);
        json = written(new CfnJsonExporter().render(design), ".json");
        yaml = written(new CfnYamlExporter().render(design), ".yaml");
    }

    /** The export on disk: the template file, or the folder of nested stacks. */
    private static Path written(ExportOutput output, String extension) throws IOException {
        Path dir = Files.createTempDirectory("archway-bench");
        Path target = output.directory() ? dir.resolve("nested") : dir.resolve("synthetic" + extension);
        ExportWriter.write(output, target);
        return target;
    }

    @Benchmark
    public ExportOutput exportJson() {
        return new CfnJsonExporter().render(design);
    }

    @Benchmark
    public ExportOutput exportYaml() {
        return new CfnYamlExporter().render(design);
    }

    @Benchmark
    public Design importJson() throws InputException {
        return new CfnImporter().importTemplate(json);
    }

    @Benchmark
    public Design importYaml() throws InputException {
        return new CfnImporter().importTemplate(yaml);
    }
}
