package dev.archway.app;

import dev.archway.app.cli.ArchwayCli;

/**
 * The jar's entry point. It does not extend {@code Application}, so the shaded jar runs on a plain JDK:
 * with no arguments it opens the designer, with a command it runs the CLI headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ArchwayCli.openGui(null);
            return;
        }
        System.exit(ArchwayCli.run(args));
    }
}
