package dev.archway.app;

import dev.archway.app.cli.ArchwayCli;
import dev.archway.app.cli.output.Terminal;

/**
 * The jar's entry point. It does not extend {@code Application}, so the shaded jar runs on a plain JDK:
 * with no arguments it opens the designer on the default design, with a command it runs the CLI headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(ArchwayCli.run(args));
        }
        try {
            ArchwayCli.openGui(null);
        } catch (RuntimeException e) {
            // no display, no JavaFX: say so in one line rather than with a stack trace
            Terminal.stderr().println("archway: cannot open the designer: " + e.getMessage());
            System.exit(ArchwayCli.INTERNAL_ERROR);
        }
    }
}
