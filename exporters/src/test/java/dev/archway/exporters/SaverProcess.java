package dev.archway.exporters;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A JVM that saves one file through {@link AtomicFiles}, for tests that kill it half-way. */
public final class SaverProcess {
    private SaverProcess() {
    }

    static Process start(Path target, String content) throws IOException {
        Path contentFile = Files.createTempFile("archway-save", ".txt");
        Files.writeString(contentFile, content);
        contentFile.toFile().deleteOnExit();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                SaverProcess.class.getName(), target.toString(), contentFile.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Arguments: the file to save, a file holding the content. Prints one byte when it starts writing. */
    public static void main(String[] args) throws IOException {
        String content = Files.readString(Path.of(args[1]));
        Files.delete(Path.of(args[1]));
        System.out.write('!');
        System.out.flush();
        Path target = Path.of(args[0]);
        AtomicFiles.write(target, content, target.resolveSibling(target.getFileName() + ".bak"));
    }
}
