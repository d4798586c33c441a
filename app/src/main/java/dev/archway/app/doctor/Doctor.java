package dev.archway.app.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What {@code archway doctor} reports: the Java runtime Archway runs on, whether the designer has a display, and for
 * each optional tool whether it is on the PATH (with its version) and what it enables. Tools answer in parallel.
 */
public final class Doctor {
    private static final String INDENT = "          ";

    private final Map<String, String> env;
    private final ToolProbe probe;

    public Doctor(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.probe = ToolProbe.of(env);
    }

    public List<String> report() {
        List<CompletableFuture<List<String>>> tools = OptionalTool.ALL.stream()
                .map(tool -> CompletableFuture.supplyAsync(() -> describe(tool)))
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add(padded("java") + "Java " + System.getProperty("java.version") + " at "
                + System.getProperty("java.home"));
        lines.add(INDENT + "runs Archway");
        lines.addAll(display());
        tools.forEach(tool -> lines.addAll(tool.join()));
        return lines;
    }

    private List<String> describe(OptionalTool tool) {
        Optional<String> found = probe.find(tool.command())
                .map(program -> probe.version(program) + " (" + program + ")");
        return List.of(padded(tool.command()) + found.orElse("not found on the PATH"),
                INDENT + (found.isPresent() ? "enables: " : "would enable: ") + tool.enables());
    }

    /** The designer needs a display; Windows and macOS always have one, X11 and Wayland say so in the environment. */
    private List<String> display() {
        String os = System.getProperty("os.name");
        boolean unixDesktop = !os.startsWith("Windows") && !os.startsWith("Mac");
        String display = env.getOrDefault("WAYLAND_DISPLAY", env.getOrDefault("DISPLAY", ""));
        String state = !unixDesktop ? "the desktop" : display.isEmpty() ? "none (DISPLAY and WAYLAND_DISPLAY unset)"
                : display;
        boolean has = !unixDesktop || !display.isEmpty();
        return List.of(padded("display") + state,
                INDENT + (has ? "enables: " : "would enable: ")
                        + "the designer (archway with no command, archway open)");
    }

    private static String padded(String name) {
        return String.format("%-" + INDENT.length() + "s", name);
    }
}
