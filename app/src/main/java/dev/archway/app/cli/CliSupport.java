package dev.archway.app.cli;

import dev.archway.exporters.InputException;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.model.Design;
import java.nio.file.Path;

/**
 * What every command shares. A command's {@code call()} may simply throw {@link InputException} (from
 * {@link #load}) or picocli's {@code ParameterException}: {@link ArchwayCli} turns either into one line on stderr
 * and exit code 2.
 */
public final class CliSupport {
    private CliSupport() {
    }

    /** Loads an Archway design or a CloudFormation template (JSON or YAML), told apart by content. */
    public static Design load(Path file) throws InputException {
        return DesignSources.load(file);
    }

    /** The first line of a message, so that every error the CLI prints is exactly one line. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
