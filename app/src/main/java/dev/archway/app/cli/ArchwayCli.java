package dev.archway.app.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code archway <command>}: the root of the command line. Exit codes: 0 ok, 1 problems found, 2 bad input or usage. */
@Command(name = "archway", mixinStandardHelpOptions = true, version = "Archway 0.1.0",
        description = "Design, validate, simulate and export AWS network architectures.",
        subcommands = {ValidateCli.class, SimulateCli.class, ExportCli.class, ImportCli.class, OpenCli.class})
public final class ArchwayCli implements Runnable {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int BAD_INPUT = 2;

    public static int run(String... args) {
        return new CommandLine(new ArchwayCli()).execute(args);
    }

    /** Opens the designer on a file, or on the default example when {@code file} is null. */
    public static void openGui(Path file) {
        dev.archway.app.ui.DesignerApp.open(file);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
