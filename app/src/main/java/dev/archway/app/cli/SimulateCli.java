package dev.archway.app.cli;

import dev.archway.exporters.DesignSources;
import dev.archway.exporters.InputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code archway simulate FILE}. (Seam: its issue fills in what it does.) */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "simulate a design or a CloudFormation template")
public final class SimulateCli implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "an Archway design or a CloudFormation template")
    Path file;

    @Override
    public Integer call() {
        try {
            DesignSources.load(file);
            return ArchwayCli.OK;
        } catch (InputException e) {
            System.err.println(e.getMessage());
            return ArchwayCli.BAD_INPUT;
        }
    }
}
