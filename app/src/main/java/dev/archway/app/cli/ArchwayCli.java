package dev.archway.app.cli;

import dev.archway.exporters.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code archway <command>}: the root of the command line. Exit codes: 0 ok, 1 problems found, 2 bad input or usage
 * (one line on stderr saying what and where), 70 an internal error (a bug).
 */
@Command(name = "archway", mixinStandardHelpOptions = true, versionProvider = dev.archway.app.BuildInfo.class,
        description = "Design, validate, simulate and export AWS network architectures.",
        subcommands = {ValidateCli.class, SimulateCli.class, ExportCli.class, ImportCli.class, OpenCli.class,
            LessonCli.class, DoctorCli.class})
public final class ArchwayCli implements Runnable {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 70;

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ArchwayCli());
        cli.setParameterExceptionHandler(ArchwayCli::usageError);
        cli.setExecutionExceptionHandler(ArchwayCli::failure);
        return cli.execute(args);
    }

    /** Opens the designer on a file, or on the default example when {@code file} is null. */
    public static void openGui(Path file) {
        dev.archway.app.ui.DesignerApp.open(file);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String problem = CliSupport.oneLine(e.getMessage());
        if (command.getParent() == null && e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            problem = "unknown command '" + u.getUnmatched().get(0) + "' (commands: "
                    + String.join(", ", command.getSubcommands().keySet()) + ")";
        }
        command.getErr().println(name + ": " + problem + " (see '" + name + " --help')");
        command.getErr().flush();
        return BAD_INPUT;
    }

    private static int failure(Exception e, CommandLine command, ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName();
        int code = BAD_INPUT;
        String message;
        if (e instanceof InputException) {
            message = CliSupport.oneLine(e.getMessage());
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            message = name + ": " + CliSupport.oneLine(e.getMessage());
        } else {
            message = name + ": internal error: " + CliSupport.oneLine(String.valueOf(e));
            code = INTERNAL_ERROR;
        }
        command.getErr().println(message);
        command.getErr().flush();
        return code;
    }
}
