package dev.archway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.examples.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up loads only what a command needs: the command line never loads the designer's JavaFX, nor the CDK or an
 * AWS SDK, though JavaFX is on the class path. Each case runs the launcher in a new JVM and reads its class-load log.
 */
class StartupClassLoadingTest {
    private static final Pattern UNWANTED = Pattern.compile(
            "\\] (javafx\\.|com\\.sun\\.javafx\\.|com\\.sun\\.glass\\.|com\\.sun\\.prism\\.|software\\.amazon\\.)");

    @TempDir
    Path dir;

    @Test
    void validatingADesignLoadsNoJavaFxCdkOrSdkClass() throws Exception {
        Path design = dir.resolve("shop.archway.json");
        DesignFile.write(Examples.defaultDesign(), design);
        List<String> loaded = classesLoadedBy("validate", design.toString());
        assertTrue(loaded.stream().anyMatch(line -> line.contains("] dev.archway.model.validation.Validator ")));
        assertEquals(List.of(), unwanted(loaded));
    }

    /** Issue 20: the import command holds the AWS account import too, whose SDK loads only with --from-aws. */
    @Test
    void importingATemplateLoadsNoSdkClass() throws Exception {
        Path template = dir.resolve("shop.yaml");
        Files.writeString(template, "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n"
                + "    Properties: {CidrBlock: 10.0.0.0/16}\n");
        List<String> loaded = classesLoadedBy("import", template.toString(), "--out",
                dir.resolve("out.json").toString());
        assertTrue(loaded.stream().anyMatch(line -> line.contains("] dev.archway.app.cli.ImportCli ")));
        assertEquals(List.of(), unwanted(loaded));
    }

    @Test
    void printingTheVersionLoadsNeitherTheCommandLineNorJavaFxCdkOrSdkClasses() throws Exception {
        List<String> loaded = classesLoadedBy("--version");
        assertTrue(loaded.stream().anyMatch(line -> line.contains("] dev.archway.app.cli.BuildInfo ")));
        assertTrue(loaded.stream().noneMatch(line -> line.contains("] picocli.CommandLine ")), "built the commands");
        assertEquals(List.of(), unwanted(loaded));
    }

    private static List<String> unwanted(List<String> loaded) {
        return loaded.stream().filter(line -> UNWANTED.matcher(line).find()).collect(Collectors.toList());
    }

    private List<String> classesLoadedBy(String... command) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        List<String> java = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        java.addAll(List.of(command));
        Process process = new ProcessBuilder(java).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        int code = process.waitFor();
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + Files.readString(dir.resolve("out.txt")));
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }
}
