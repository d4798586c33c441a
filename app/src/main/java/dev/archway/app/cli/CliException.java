package dev.archway.app.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Bad input that is not a file's content: an unknown format, an unwritable output, a name the design does not have.
 * A command throws it; {@link ArchwayCli} prints the message as the one line on stderr and exits with 2.
 */
public final class CliException extends Exception {
    public CliException(String message) {
        super(message);
    }

    /** An output file or folder that could not be written. */
    public static CliException cannotWrite(Path out, IOException e) {
        CliException failure = new CliException(out + ": cannot be written: " + e.getMessage());
        failure.initCause(e);
        return failure;
    }
}
