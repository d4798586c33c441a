package dev.archway.app.cli;

import dev.archway.exporters.InputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code archway open FILE}: checks that the file loads, then opens the designer on it. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open an Archway design or a CloudFormation template (JSON or YAML) in the designer.")
public final class OpenCli implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "an Archway design or a CloudFormation template")
    Path file;

    @Override
    public Integer call() throws InputException {
        CliSupport.load(file);
        ArchwayCli.openGui(file);
        return ArchwayCli.OK;
    }
}
