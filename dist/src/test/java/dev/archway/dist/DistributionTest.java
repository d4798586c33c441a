package dev.archway.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.app.cli.BuildInfo;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.examples.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The built application image (and on Linux its .deb), run as a user runs it: through its launcher. */
class DistributionTest {
    private static final Path IMAGE = Path.of(System.getProperty("dist.image"));
    private static final Path LAUNCHER = Path.of(System.getProperty("dist.launcher"));
    private static final Path APP = Path.of(System.getProperty("dist.app"));
    private static final Path PACKAGES = Path.of(System.getProperty("dist.package"));
    private static final Map<String, String> LOG_CLASS_LOADING = Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info");

    @TempDir
    Path dir;

    private Path example() throws Exception {
        Path design = dir.resolve("alb.archway.json");
        DesignFile.write(Examples.load("01-alb-host-routing.archway.json"), design);
        return design;
    }

    @Test
    void versionNamesThisBuildAndItsCommitOnTheBundledRuntime() throws Exception {
        Processes.Run run = Processes.run(LAUNCHER, Map.of(), "--version");
        BuildInfo build = new BuildInfo();
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Archway " + build.version() + " (commit " + build.commit() + ")", lines.get(0));
        assertTrue(lines.get(1).startsWith("Java " + System.getProperty("java.version") + " "), lines.get(1));
        Processes.Run paths = Processes.run(LAUNCHER, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+path=info"),
                "--version");
        assertTrue(paths.out().contains("bootstrap loader class path=" + IMAGE), "another runtime: " + paths.out());
    }

    @Test
    void validatesAnExampleDesign() throws Exception {
        Path design = example();
        Processes.Run run = Processes.run(LAUNCHER, Map.of(), "validate", design.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("No findings in " + design + ".\n", run.out());
    }

    @Test
    void reportsABrokenDesignInOneLineWithExitCode2() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.archway.json"), "{\"formatVersion\": 7, \"elements\": []}");
        Processes.Run run = Processes.run(LAUNCHER, Map.of(), "validate", broken.toString());
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(broken.toString()), run.err());
    }

    @Test
    void exportsAnExampleAsACloudFormationTemplateThatImportsBackToTheDesign() throws Exception {
        Path design = example();
        Path template = dir.resolve("alb.yaml");
        Processes.Run run = Processes.run(LAUNCHER, Map.of(), "export", design.toString(), "--to", "cfn-yaml", "--out",
                template.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("wrote CloudFormation template (YAML) to " + template + "\n", run.out());
        assertTrue(Files.readString(template).contains("Type: AWS::ElasticLoadBalancingV2::LoadBalancer"));
        assertEquals(DesignFile.read(design).elements().size(),
                new CfnImporter().importTemplate(template).elements().size());
    }

    @Test
    void theLauncherStartsFromTheCdsArchiveAndValidateLoadsNoJavaFx() throws Exception {
        Processes.Run run = Processes.run(LAUNCHER, LOG_CLASS_LOADING, "validate", example().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("] dev.archway.app.Launcher source: shared objects file"), "not from the archive");
        assertTrue(run.out().contains("] dev.archway.model.validation.Validator source: shared objects file"));
        assertTrue(run.out().lines().noneMatch(line -> line.contains("] javafx.")), "loaded JavaFX");
    }

    @Test
    void theDesignersLauncherStartsFromTheCdsArchiveToo() throws Exception {
        String exe = System.getProperty("os.name").startsWith("Windows") ? ".exe" : "";
        Processes.Run run = Processes.run(LAUNCHER.resolveSibling("archway-designer" + exe), LOG_CLASS_LOADING,
                "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("] dev.archway.app.Launcher source: shared objects file"), "not from the archive");
    }

    @Test
    void theCommandLineRunsC1OnlyAndTheDesignerKeepsTheFullJit() throws Exception {
        String commandLine = Files.readString(APP.resolve("archway.cfg"));
        String designer = Files.readString(APP.resolve("archway-designer.cfg"));
        assertTrue(commandLine.contains("java-options=-XX:TieredStopAtLevel=1"), commandLine);
        assertTrue(designer.contains("java-options=-XX:SharedArchiveFile=$APPDIR/archway.jsa"), designer);
        assertFalse(designer.contains("TieredStopAtLevel"), designer);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theDebianPackageHoldsBothLaunchersTheApplicationAndItsClassList() throws Exception {
        String files = Processes.run(Path.of("dpkg-deb"), Map.of(), "--contents", debianPackage().toString()).out();
        for (String file : List.of("./opt/archway/bin/archway", "./opt/archway/bin/archway-designer",
                "./opt/archway/lib/app/archway.jar", "./opt/archway/lib/app/archway.classlist",
                "./opt/archway/lib/archway.png")) {
            assertTrue(files.contains(file), file + " missing from\n" + files);
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void itsOneMenuEntryOpensADesignInTheDesignerAndItRegistersTheDesignFileType() throws Exception {
        Path lib = unpacked().resolve("opt/archway/lib");
        String entry = Files.readString(lib.resolve("archway-archway.desktop"));
        assertTrue(entry.contains("\nExec=/opt/archway/bin/archway-designer %f\n"), entry);
        assertTrue(entry.contains("\nMimeType=application/vnd.archway.design+json"), entry);
        String designer = Files.readString(lib.resolve("archway-archway-designer.desktop"));
        assertTrue(designer.contains("\nNoDisplay=true\n"), "a second menu entry: " + designer);
        String mime = Files.readString(lib.resolve("archway-archway-MimeInfo.xml"));
        assertTrue(mime.contains("<glob pattern=\"*.archway.json\">"), mime);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void itsPostinstPutsArchwayOnThePathInstallsTheDesktopFilesAndMakesTheArchive() throws Exception {
        Path control = dir.resolve("control");
        Processes.run(Path.of("dpkg-deb"), Map.of(), "--control", debianPackage().toString(), control.toString());
        String postinst = Files.readString(control.resolve("postinst"));
        assertTrue(postinst.contains("ln -sf /opt/archway/bin/archway /usr/bin/archway"), postinst);
        assertTrue(postinst.contains("xdg-mime install"), postinst);
        assertTrue(postinst.contains("-Xshare:dump"), postinst);
    }

    /** What postinst does, where the package's files are unpacked, and the launcher then starting from the archive. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void anInstalledCopyMakesItsOwnCdsArchiveAndStartsFromIt() throws Exception {
        Path root = unpacked();
        Path app = root.resolve("opt/archway/lib/app");
        Processes.Run dump = Processes.run(root.resolve("opt/archway/lib/runtime/bin/java"), Map.of(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + app.resolve("archway.classlist"),
                "-XX:SharedArchiveFile=" + app.resolve("archway.jsa"), "-cp", app.resolve("archway.jar").toString());
        assertEquals(0, dump.code(), dump.err());
        Processes.Run run = Processes.run(root.resolve("opt/archway/bin/archway"), LOG_CLASS_LOADING, "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("] dev.archway.app.Launcher source: shared objects file"), "not from the archive");
    }

    private Path unpacked() throws Exception {
        Path root = dir.resolve("root");
        Processes.run(Path.of("dpkg-deb"), Map.of(), "--extract", debianPackage().toString(), root.toString());
        return root;
    }

    private static Path debianPackage() throws Exception {
        try (var files = Files.list(PACKAGES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
    }
}
