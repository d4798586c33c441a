package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.model.Design;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * Test harness: writes generated CDK Java apps to disk, compiles them in-process against the test classpath (which
 * holds aws-cdk-lib) and synthesizes them all in one forked JVM, returning each stack's template. Shipped in the
 * exporters' test-jar, so that the app's tests can synthesize the CDK app the GUI saved.
 */
public final class GeneratedJavaApps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedJavaApps() {
    }

    static void clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Compiles and synthesizes a CDK Java app as saved on disk (its folder holds {@code pom.xml} and
     * {@code src/main/java}); returns each stack's template by stack name. Fails if it does not compile or synthesize.
     */
    public static Map<String, JsonNode> synthesizeFolder(Path appFolder, Path work) throws Exception {
        requireNode();
        List<String> sources = new ArrayList<>();
        List<String> appClasses = new ArrayList<>();
        Path sourceRoot = appFolder.resolve("src/main/java");
        try (var files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.add(file.toString());
                if (Files.readString(file).contains("public static void main(")) {
                    String relative = sourceRoot.relativize(file).toString();
                    appClasses.add(relative.substring(0, relative.length() - ".java".length())
                            .replace(File.separatorChar, '.'));
                }
            }
        }
        assertEquals(1, appClasses.size(), "one CDK app class (with a main method) in " + appFolder);
        clean(work);
        Path classes = Files.createDirectories(work.resolve("classes"));
        compileSources(sources, classes);
        return synthesize(classes, appClasses, work.resolve("cdk.out"));
    }

    /** Writes and compiles the apps (one folder each under {@code work/src}); returns the classes folder. */
    static Path compile(Map<String, ExportOutput> apps, Path work) throws IOException {
        List<String> sources = new ArrayList<>();
        for (Map.Entry<String, ExportOutput> app : apps.entrySet()) {
            Path dir = work.resolve("src").resolve(app.getKey());
            ExportWriter.write(app.getValue(), dir);
            for (String file : app.getValue().files().keySet()) {
                if (file.endsWith(".java")) {
                    sources.add(dir.resolve(file).toString());
                }
            }
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        compileSources(sources, classes);
        return classes;
    }

    private static void compileSources(List<String> sources, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none", "-nowarn", "--release", "17"));
        args.addAll(sources);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, errors, errors, args.toArray(String[]::new));
        assertEquals(0, status, "generated CDK apps do not compile:\n" + errors);
    }

    /** Synthesizes the given app classes in one JVM; returns each stack's template by stack name. */
    static Map<String, JsonNode> synthesize(Path classes, List<String> appClasses, Path outDir) throws Exception {
        requireNode();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"),
                SynthLauncher.class.getName()));
        command.addAll(appClasses);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("CDK_OUTDIR", outDir.toAbsolutePath().toString());
        pb.environment().put("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");
        Files.createDirectories(outDir);
        Path log = outDir.resolveSibling("synth.log");
        pb.redirectOutput(log.toFile());
        Process process = pb.start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done && process.exitValue() == 0, "cdk synth failed:\n" + Files.readString(log));
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        try (var files = Files.list(outDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".template.json")).sorted().toList()) {
                String stack = p.getFileName().toString().replace(".template.json", "");
                templates.put(stack, JSON.readTree(p.toFile()));
            }
        }
        return templates;
    }

    /** Synthesis needs Node.js (jsii runs the CDK's JavaScript); without it the test is skipped, except on CI. */
    static void requireNode() {
        boolean present = NodeTools.runs("node", "--version");
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Node.js is required on CI to synthesize CDK apps, but `node` is not on PATH");
        }
        Assumptions.assumeTrue(present, "Node.js is not on PATH: skipping CDK synthesis (jsii needs node)");
    }

    static List<Design> designs(Design... designs) {
        return List.of(designs);
    }
}
