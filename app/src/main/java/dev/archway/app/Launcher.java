package dev.archway.app;

import dev.archway.app.cli.ArchwayCli;
import dev.archway.app.cli.BuildInfo;
import dev.archway.app.cli.output.Terminal;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The jar's entry point. It does not extend {@code Application}, so the shaded jar runs on a plain JDK:
 * with no arguments it opens the designer on the default design, with a command it runs the CLI headless, and with
 * just a design file (as a desktop's file association passes it) it opens that file in the designer.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            // what picocli would print, without first building the model of every command (a third of a cold start)
            Terminal.stdout().println(String.join(System.lineSeparator(), new BuildInfo().getVersion()));
            return;
        }
        if (args.length > 0) {
            String[] command = args.length == 1 && isFile(args[0]) ? new String[] {"open", args[0]} : args;
            int code = ArchwayCli.run(command);
            if (code != ArchwayCli.OK || !"open".equals(command[0])) {
                System.exit(code);
            }
            return; // the designer is open: the JVM ends when its window closes
        }
        try {
            ArchwayCli.openGui(null);
        } catch (RuntimeException e) {
            // no display, no JavaFX: say so in one line rather than with a stack trace
            Terminal.stderr().println("archway: cannot open the designer: " + e.getMessage());
            System.exit(ArchwayCli.INTERNAL_ERROR);
        }
    }

    /** A command's name has neither a dot nor a separator; a file Archway opens has at least one of them. */
    static boolean isFile(String argument) {
        if (argument.startsWith("-") || !(argument.contains(".") || argument.contains(File.separator))) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
