package dev.archway.exporters;

import java.nio.file.Path;

/**
 * Bad input: a file that cannot be read as what it claims to be. {@link #getMessage()} is the one line the CLI and the
 * GUI show: the file, the place in it (a JSON path, a logical id, a line) and what is wrong.
 */
public class InputException extends Exception {
    private final Path file;
    private final String place;
    private final String problem;

    public InputException(Path file, String place, String problem) {
        super(file + (place == null || place.isEmpty() ? "" : " at " + place) + ": " + problem);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    public InputException(Path file, String place, String problem, Throwable cause) {
        this(file, place, problem);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }
}
