package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs AWS's {@code cfn-lint} on templates. Where it is not installed the calling test is skipped with a message,
 * except on CI ({@code CI=true}), where a missing linter fails the run.
 */
public final class CfnLint {
    private static Boolean available;

    private CfnLint() {
    }

    /** The linter's error lines (E...) for the templates, empty when clean; warnings are ignored. */
    public static List<String> errors(Path... templates) throws IOException, InterruptedException {
        return findings(templates).stream().filter(l -> l.contains(":E")).toList();
    }

    /** The linter's error and warning lines (E..., W...) for the templates. */
    public static List<String> errorsAndWarnings(Path... templates) throws IOException, InterruptedException {
        return findings(templates).stream().filter(l -> l.contains(":E") || l.contains(":W")).toList();
    }

    private static List<String> findings(Path... templates) throws IOException, InterruptedException {
        requireLinter();
        List<String> command = new java.util.ArrayList<>(List.of("cfn-lint", "--format", "parseable"));
        for (Path t : templates) {
            command.add(t.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(300, TimeUnit.SECONDS);
        return out.lines().toList();
    }

    static List<String> errors(String template, String suffix) throws IOException, InterruptedException {
        Path file = Files.createTempFile("archway-", suffix);
        try {
            Files.writeString(file, template);
            return errors(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void requireLinter() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("cfn-lint", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("cfn-lint is not installed, and CI=true requires it");
        }
        assumeTrue(available, "cfn-lint is not installed: skipping the template lint check");
    }
}
