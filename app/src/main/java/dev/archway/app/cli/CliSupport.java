package dev.archway.app.cli;

import dev.archway.app.cli.output.TerminalText;
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

    /**
     * A message as one line: its line breaks come from the file it names (a key, a name), so they are shown, as every
     * control character is, rather than cut away with what follows.
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        return TerminalText.visible(message.strip());
    }

    /** The first line of a usage message or an internal error (picocli and exceptions add lines of their own). */
    static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return oneLine(newline < 0 ? text : text.substring(0, newline));
    }
}
