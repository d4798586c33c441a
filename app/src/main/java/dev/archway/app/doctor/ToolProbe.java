package dev.archway.app.doctor;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Finds a program on a PATH, as a shell would, and asks it for its version. */
public final class ToolProbe {
    private static final long VERSION_TIMEOUT_SECONDS = 20;
    /** Colour codes, which some tools (Maven) print even into a pipe. */
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    private final List<Path> path;
    private final List<String> extensions;

    ToolProbe(List<Path> path, List<String> extensions) {
        this.path = List.copyOf(path);
        this.extensions = List.copyOf(extensions);
    }

    /** The PATH of {@code env}; on Windows a command may also end in one of PATHEXT's extensions. */
    public static ToolProbe of(Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            try {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            } catch (InvalidPathException e) {
                // a malformed PATH entry holds no program
            }
        }
        List<String> extensions = new ArrayList<>(List.of(""));
        if (File.pathSeparatorChar == ';') {
            extensions.addAll(List.of(env.getOrDefault("PATHEXT", ".COM;.EXE;.BAT;.CMD").toLowerCase(Locale.ROOT)
                    .split(";")));
        }
        return new ToolProbe(dirs, extensions);
    }

    /** The first executable file named {@code command} on the PATH. */
    public Optional<Path> find(String command) {
        for (Path dir : path) {
            for (String extension : extensions) {
                Path candidate = dir.resolve(command + extension);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The first line {@code program --version} prints, or why there is none. */
    public String version(Path program) {
        try {
            Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            // a version is a few lines, well within the pipe's buffer, so the program finishes before it is read
            if (!process.waitFor(VERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "did not answer --version within " + VERSION_TIMEOUT_SECONDS + " s";
            }
            String firstLine = firstLine(process.getInputStream());
            if (process.exitValue() != 0) {
                return "--version failed with exit code " + process.exitValue()
                        + (firstLine.isEmpty() ? "" : ": " + firstLine);
            }
            return firstLine.isEmpty() ? "version not reported" : firstLine;
        } catch (IOException e) {
            return "cannot be run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        String text = ANSI_ESCAPE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }
}
