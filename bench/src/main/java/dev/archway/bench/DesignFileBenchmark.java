package dev.archway.bench;

import dev.archway.exporters.InputException;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Saving and loading design files of generated designs (100, 1,000 and 10,000 elements). */
@State(Scope.Benchmark)
public class DesignFileBenchmark extends MillisecondBenchmark {
    @Param({"100", "1000", "10000"})
    int elements;

    private Design design;
    private Path dir;
    private Path saved;
    private Path scratch;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        design = SyntheticDesigns.generate(elements);
        dir = Files.createTempDirectory("archway-bench");
        saved = dir.resolve("saved.archway.json");
        scratch = dir.resolve("scratch.archway.json");
        DesignFile.write(design, saved);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public Design read() throws InputException {
        return DesignFile.read(saved);
    }

    @Benchmark
    public Path write() throws IOException {
        DesignFile.write(design, scratch);
        return scratch;
    }
}
