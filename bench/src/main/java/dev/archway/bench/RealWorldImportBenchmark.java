package dev.archway.bench;

import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.cfn.StackSetImport;
import dev.archway.model.Design;
import dev.archway.model.rule.Finding;
import dev.archway.model.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every template of the shared {@code realworld-dev} corpus (about 30 production templates), in process: importing
 * all of them one by one and as one folder of stacks ({@link StackSetImport}, one design), and validating all the
 * designs they give, and the folder's one design. Targets: import of the whole set under 1 s, full validation of it
 * under 50 ms. The corpus folder is {@code -Darchway.corpus=DIR}, else
 * {@code ../corpus/realworld-dev} from the bench module.
 */
@State(Scope.Benchmark)
public class RealWorldImportBenchmark extends MillisecondBenchmark {
    private List<Path> templates;
    private List<Design> designs;
    private Path dir;
    private Design folder;
    private final Validator validator = new Validator();

    @Setup
    public void setUp() throws IOException, InputException {
        dir = Path.of(System.getProperty("archway.corpus", "../corpus/realworld-dev"));
        try (Stream<Path> files = Files.list(dir)) {
            templates = files.filter(f -> f.toString().matches(".*\\.(ya?ml|json|template)$")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IOException("no templates in " + dir.toAbsolutePath());
        }
        designs = importAll();
        folder = importFolder();
    }

    @Benchmark
    public List<Design> importAll() throws InputException {
        List<Design> out = new ArrayList<>();
        for (Path t : templates) {
            out.add(new CfnImporter().importTemplate(t));
        }
        return out;
    }

    /** The corpus as one folder of stacks that work together: one design, imports joined to their exports. */
    @Benchmark
    public Design importFolder() throws InputException {
        return new StackSetImport(Map.of()).importStacks(List.of(dir));
    }

    /** Full validation of the design the whole folder gives. */
    @Benchmark
    public int validateFolder() {
        return validator.validate(folder).size();
    }

    @Benchmark
    public int validateAll() {
        int findings = 0;
        for (Design d : designs) {
            List<Finding> f = validator.validate(d);
            findings += f.size();
        }
        return findings;
    }
}
