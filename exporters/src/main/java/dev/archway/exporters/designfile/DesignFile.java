package dev.archway.exporters.designfile;

import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes Archway design files. (Seam: implemented by the foundation issue.) */
public final class DesignFile {
    private DesignFile() {
    }

    public static Design read(Path file) throws InputException {
        throw new InputException(file, null, "design files cannot be read yet");
    }

    public static void write(Design design, Path file) throws IOException {
        throw new IOException("design files cannot be written yet");
    }
}
