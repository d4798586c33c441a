package dev.archway.exporters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one import may read in all, beyond each file's own size limit: the templates of a set or a folder and the
 * nested stacks they name ({@code archway.limit.templates}), and their bytes together ({@code
 * archway.limit.import.bytes}). A parent naming one child a thousand times, or a folder of 100,000 files, is refused
 * before the files are read, so an import's work stays linear in what it was given.
 */
public final class ImportBudget {
    public static final int DEFAULT_TEMPLATES = 1000;
    public static final long DEFAULT_BYTES = 64L << 20;

    private final long maxTemplates = InputLimits.longProperty("archway.limit.templates", DEFAULT_TEMPLATES);
    private final long maxBytes = InputLimits.longProperty("archway.limit.import.bytes", DEFAULT_BYTES);
    private long templates;
    private long bytes;

    /** The most templates one import reads. */
    public long maxTemplates() {
        return maxTemplates;
    }

    /** Counts {@code file} as read by this import, before it is read; {@code referrer} and {@code place} name why. */
    public void take(Path file, Path referrer, String place) throws InputException {
        templates++;
        bytes += sizeOf(file);
        if (templates > maxTemplates) {
            throw tooManyTemplates(referrer, place, maxTemplates);
        }
        if (bytes > maxBytes) {
            throw new InputException(referrer, place, "with " + file.getFileName() + " the templates of this import"
                    + " come to more than " + maxBytes + " bytes (raise the limit with"
                    + " -Darchway.limit.import.bytes=N)");
        }
    }

    public static InputException tooManyTemplates(Path referrer, String place, long max) {
        return new InputException(referrer, place, "more than " + max + " templates in one import (raise the limit"
                + " with -Darchway.limit.templates=N)");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // reading reports it
        }
    }
}
