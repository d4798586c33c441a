package dev.archway.exporters.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.Exporter;
import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.examples.Examples;
import dev.archway.exporters.formats.Exporters;
import dev.archway.exporters.safety.CodeLexer.Language;
import dev.archway.model.Design;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.lifecycle.AfterContainer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 17: text from a design reaches generated code only as data. Every character class that can end a literal or
 * a comment in some language is pushed through every free-text field of the example designs into every exporter;
 * the output must parse, and a marker inside the text must never appear as code. The CDK Java apps are compiled
 * against aws-cdk-lib in process at the end, and the TypeScript apps type-checked when the tsc toolchain is present.
 */
class GeneratedCodeSafetyTest {
    static final String MARKER = "@@PWNED@@";
    private static final String EVERY_KIND = "every-kind.yaml";
    private static final Path WORK = Path.of("target", "code-safety").toAbsolutePath();
    /** One generated app of each source (the examples, every kind of element, a template's sections) is compiled. */
    private static final Map<String, ExportOutput> JAVA_APPS = new java.util.TreeMap<>();
    private static final Map<String, ExportOutput> TS_APPS = new java.util.TreeMap<>();

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<List<String>> fragments = Arbitraries.of("\n", "\r", "\r\n", "\u2028", "\u2029", "\u0000", "\u0007",
                "\u001b", "\u007f", "\u0085", "\"", "'", "`", "\\", "*/", "/*", "${", "\"\"\"", "'''", "#", ";", "{",
                "}", "$", "\\u000a", "\\u0022", "\\", "\\\\", "\ud83c\udf0d", "\u00e9", "\t", " ", "%", "<?php",
                "');", "\");", "x", "\\n", "//", "@").list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(fragments, fragments).as((a, b) -> String.join("", a) + MARKER + String.join("", b));
    }

    /** The example designs, and a template with every other kind of element (Auto Scaling, a DB instance, ECS...). */
    @Provide
    Arbitrary<String> example() {
        List<String> designs = new ArrayList<>(Examples.ALL.stream().map(Examples.Example::fileName).toList());
        designs.add(EVERY_KIND);
        return Arbitraries.of(designs);
    }

    static Design design(String example) throws Exception {
        if (!example.equals(EVERY_KIND)) {
            return Examples.load(example);
        }
        try (var in = GeneratedCodeSafetyTest.class.getResourceAsStream("/hostile/" + EVERY_KIND)) {
            return new CfnImporter().importText(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Path.of(EVERY_KIND));
        }
    }

    @Property(tries = 40)
    void textFromADesignIsNeverCode(@ForAll("example") String example, @ForAll("hostileText") String hostile)
            throws Exception {
        String source = example.equals(EVERY_KIND) ? EVERY_KIND : "example";
        exportsAreData(HostileDesigns.of(design(example), hostile), source);
    }

    /**
     * Text from an imported template's Parameters, Mappings, Conditions, Outputs and kept properties, and from the
     * expressions naming what is outside it (a VPC parameter, an {@code Fn::ImportValue}), which the CDK export
     * writes as template code (see {@code TemplateStackPlanner}).
     */
    @Property(tries = 25)
    @StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
    void textFromATemplateIsNeverCode(@ForAll("hostileText") String hostile) throws Exception {
        Design design;
        try {
            design = new CfnImporter().importText(HostileTemplates.symbolic(hostile), Path.of("hostile.json"));
        } catch (InputException refused) {
            assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
            Statistics.collect("refused: " + refused.problem().replaceAll("[^A-Za-z ]", "")
                    .replaceAll("^(.{0,20}).*", "$1"));
            return;
        }
        Statistics.collect("exported");
        exportsAreData(design, "template");
    }

    static void exportsAreData(Design design, String source) throws Exception {
        for (Exporter exporter : Exporters.all()) {
            ExportOutput output = exporter.render(design);
            Map<String, String> files = output.directory() ? output.files() : Map.of("out." + exporter.id(),
                    output.content());
            files.forEach((name, text) -> check(exporter.id(), name, text));
            pythonCompiles(files);
            if (exporter.id().equals("cdk-java")) {
                JAVA_APPS.putIfAbsent(source, output);
            }
            if (exporter.id().equals("cdk-ts")) {
                TS_APPS.putIfAbsent(source, output);
            }
        }
    }

    private static void check(String format, String name, String text) {
        String where = format + " " + name;
        if (name.endsWith(".java")) {
            assertFalse(CodeLexer.code(text, Language.JAVA).contains(MARKER), where + ": text became Java code");
            javaParses(name, text);
        } else if (name.endsWith(".ts")) {
            assertFalse(CodeLexer.code(text, Language.TYPESCRIPT).contains(MARKER), where + ": text became TypeScript");
        } else if (name.endsWith(".py")) {
            assertFalse(CodeLexer.code(text, Language.PYTHON).contains(MARKER), where + ": text became Python");
        } else if (name.endsWith(".conf")) {
            text.lines().map(l -> l.replaceFirst("^\\s*#.*|;\\s+#.*$", "")).forEach(line ->
                    assertFalse(line.contains(MARKER), where + ": text became configuration: " + line));
        } else if (format.equals("cfn-json")) {
            parses(() -> new ObjectMapper().readTree(text), where);
        } else if (format.equals("cfn-yaml")) {
            parses(() -> new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text)), where);
        }
    }

    private interface Parse {
        Object run() throws Exception;
    }

    private static void parses(Parse parse, String where) {
        try {
            parse.run();
        } catch (Exception e) {
            throw new AssertionError(where + " does not parse: " + e.getMessage(), e);
        }
    }

    private static void javaParses(String name, String text) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + name.replaceAll("[^A-Za-z0-9/.]",
                "_")), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        try {
            ((com.sun.source.util.JavacTask) javac.getTask(null, null, problems, List.of("-proc:none"), null,
                    List.of(source))).parse();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of(), problems.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).map(Object::toString).toList(), name);
    }

    private static void pythonCompiles(Map<String, String> files) throws Exception {
        List<Map.Entry<String, String>> python = files.entrySet().stream().filter(f -> f.getKey().endsWith(".py"))
                .toList();
        if (python.isEmpty() || !Tools.runs("python3", "--version")) {
            return;
        }
        Path dir = Files.createDirectories(WORK.resolve("py"));
        List<String> command = new ArrayList<>(List.of("python3", "-m", "py_compile"));
        for (int i = 0; i < python.size(); i++) {
            Path file = dir.resolve("m" + i + ".py");
            Files.writeString(file, python.get(i).getValue());
            command.add(file.toString());
        }
        Tools.Result result = Tools.run(command, dir);
        assertEquals(0, result.exitCode(), "generated Python does not compile:\n" + result.output());
    }

    /** The collected CDK Java apps compile against aws-cdk-lib; the TypeScript apps type-check where tsc is. */
    @AfterContainer
    static void generatedAppsCompile() throws Exception {
        compileJava();
        typeCheckTypeScript();
    }

    private static void compileJava() throws IOException {
        List<ExportOutput> apps = List.copyOf(JAVA_APPS.values());
        for (int i = 0; i < apps.size(); i++) {
            Path dir = WORK.resolve("java").resolve("app" + i);
            Tools.delete(dir);
            ExportWriter.write(apps.get(i), dir);
            List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none", "-nowarn", "--release", "17"));
            apps.get(i).files().keySet().stream().filter(f -> f.endsWith(".java"))
                    .forEach(f -> args.add(dir.resolve(f).toString()));
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, args.toArray(String[]::new));
            assertEquals(0, status, "a generated CDK app does not compile:\n" + errors);
        }
    }

    private static void typeCheckTypeScript() throws Exception {
        Path toolchain = Path.of("target", "cdk-ts-toolchain", "node_modules").toAbsolutePath();
        if (TS_APPS.isEmpty() || !Files.exists(toolchain.resolve("typescript/bin/tsc"))) {
            return; // CdkTsTypeCheckTest installs the toolchain; without it the lexer check above stands alone
        }
        List<ExportOutput> apps = List.copyOf(TS_APPS.values());
        for (int i = 0; i < apps.size(); i++) {
            Path project = WORK.resolve("ts").resolve("app" + i);
            Tools.delete(project);
            ExportWriter.write(apps.get(i), project);
            Files.createSymbolicLink(project.resolve("node_modules"), toolchain);
            Tools.Result result = Tools.run(List.of("node", toolchain.resolve("typescript/bin/tsc").toString(),
                    "--noEmit", "-p", project.toString()), project);
            assertEquals(0, result.exitCode(), "a generated TypeScript app does not type-check:\n" + result.output());
        }
    }

    /** External tools, run with a time limit. */
    static final class Tools {
        record Result(int exitCode, String output) {
        }

        static boolean runs(String... command) {
            try {
                return run(List.of(command), Path.of(".")).exitCode() == 0;
            } catch (Exception e) {
                return false;
            }
        }

        static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            boolean done = p.waitFor(5, TimeUnit.MINUTES);
            return new Result(done ? p.exitValue() : -1, output);
        }

        static void delete(Path dir) throws IOException {
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
