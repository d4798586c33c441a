package dev.archway.app.cli.output;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The process's standard output and error: the only place outside tests that names {@code System.out} and
 * {@code System.err}. Read at each call, so a caller that redirects them (a test) is honoured.
 */
public final class Terminal {
    private Terminal() {
    }

    public static PrintWriter out() {
        return new PrintWriter(stdout(), true);
    }

    public static PrintWriter err() {
        return new PrintWriter(stderr(), true);
    }

    public static PrintStream stdout() {
        return System.out;
    }

    public static PrintStream stderr() {
        return System.err;
    }
}
