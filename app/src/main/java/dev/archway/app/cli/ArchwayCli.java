package dev.archway.app.cli;

import dev.archway.app.cli.output.Terminal;
import dev.archway.exporters.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * {@code archway <command>}: the root of the command line, and the one path by which every command reports.
 * Exit codes: 0 ok, 1 problems found, 2 bad input or usage (one line on stderr saying what and where), 70 an internal
 * error (a bug: one line and a hint to report it; the stack trace only with {@code --debug}, accepted anywhere).
 * A command prints through {@code spec.commandLine().getOut()} and reports failure by throwing: an
 * {@link InputException} (a file's content), a {@link CliException} (other bad input), picocli's
 * {@code ParameterException} (usage) or an {@link IOException}; anything else is an internal error.
 */
@Command(name = "archway", mixinStandardHelpOptions = true, versionProvider = dev.archway.app.cli.BuildInfo.class,
        description = "Design, validate, simulate and export AWS network architectures.",
        footer = {"Exit codes: 0 ok, 1 findings or failed checks, 2 bad input or usage, 70 internal error (a bug;",
            "--debug anywhere on the command line prints its stack trace)."},
        subcommands = {ValidateCli.class, SimulateCli.class, ExportCli.class, ImportCli.class, OpenCli.class,
            LessonCli.class, DoctorCli.class, DriftCli.class})
public final class ArchwayCli implements Runnable {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 70;

    static final String DEBUG = "--debug";
    private static final String REPORT_HINT = " (a bug in Archway: please report it with the output of the same "
            + "command run with " + DEBUG + ")";

    public static int run(String... args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean debug = rest.remove(DEBUG);
        CommandLine cli = configure(new CommandLine(new ArchwayCli()), debug);
        cli.setOut(Terminal.out());
        cli.setErr(Terminal.err());
        try {
            return cli.execute(rest.toArray(String[]::new));
        } catch (StackOverflowError | OutOfMemoryError e) {
            return internalError(e, cli, debug);
        }
    }

    /** Installs the one error path on a command line (the root's, or a single command's in tests). */
    public static CommandLine configure(CommandLine cli, boolean debug) {
        cli.setParameterExceptionHandler(ArchwayCli::usageError);
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command, debug));
        return cli;
    }

    /** Opens the designer on a file, or on the default example when {@code file} is null. */
    public static void openGui(Path file) {
        dev.archway.app.ui.DesignerApp.open(file);
    }

    @Override
    public void run() {
        CommandLine.usage(this, Terminal.stdout());
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String problem = CliSupport.firstLine(e.getMessage());
        if (command.getParent() == null && e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            problem = "unknown command '" + u.getUnmatched().get(0) + "' (commands: "
                    + String.join(", ", command.getSubcommands().keySet()) + ")";
        }
        command.getErr().println(name + ": " + problem + " (see '" + name + " --help')");
        command.getErr().flush();
        return BAD_INPUT;
    }

    private static int failure(Exception e, CommandLine command, boolean debug) {
        String message;
        if (e instanceof InputException || e instanceof CliException) {
            message = CliSupport.oneLine(e.getMessage());
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            message = command.getCommandSpec().qualifiedName() + ": " + CliSupport.oneLine(e.getMessage());
        } else {
            return internalError(e, command, debug);
        }
        command.getErr().println(message);
        command.getErr().flush();
        return BAD_INPUT;
    }

    private static int internalError(Throwable e, CommandLine command, boolean debug) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": internal error: "
                + CliSupport.firstLine(String.valueOf(e)) + REPORT_HINT);
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }
}
