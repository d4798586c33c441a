package dev.archway.app.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX) // the stand-in tools are shell scripts, and a Linux desktop names its display in the environment
class DoctorTest {
    @TempDir
    Path bin;

    private Path tool(String name, String script) throws Exception {
        Path file = Files.writeString(bin.resolve(name), "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private List<String> report(Map<String, String> env) {
        return new Doctor(env).report();
    }

    @Test
    void aToolOnThePathIsReportedWithItsVersionAndWhatItEnables() throws Exception {
        Path lint = tool("cfn-lint", "echo; printf '\\033[1mcfn-lint 1.20.1\\033[m\\n'");
        List<String> lines = report(Map.of("PATH", bin.toString()));
        int at = lines.indexOf("cfn-lint  cfn-lint 1.20.1 (" + lint + ")");
        assertTrue(at > 0, String.join("\n", lines));
        assertTrue(lines.get(at + 1).startsWith("          enables: AWS's CloudFormation linter"), lines.get(at + 1));
    }

    @Test
    void aMissingToolSaysWhatItWouldEnable() {
        List<String> lines = report(Map.of("PATH", bin.toString()));
        int at = lines.indexOf("node      not found on the PATH");
        assertTrue(at > 0, String.join("\n", lines));
        assertTrue(lines.get(at + 1).contains("would enable: Node.js, which the AWS CDK CLI runs on"));
    }

    @Test
    void aToolThatFailsToGiveItsVersionIsFoundButSaysSo() throws Exception {
        Path node = tool("node", "echo 'broken install' >&2; exit 3");
        assertTrue(report(Map.of("PATH", bin.toString()))
                .contains("node      --version failed with exit code 3: broken install (" + node + ")"));
    }

    @Test
    void aFileThatIsNotExecutableIsNotATool() throws Exception {
        Files.writeString(bin.resolve("aws"), "not a program");
        assertEquals(java.util.Optional.empty(), ToolProbe.of(Map.of("PATH", bin.toString())).find("aws"));
    }

    @Test
    void withoutADisplayTheDesignerCannotOpen() {
        List<String> lines = report(Map.of("PATH", bin.toString()));
        assertTrue(lines.contains("display   none (DISPLAY and WAYLAND_DISPLAY unset)"), String.join("\n", lines));
        assertTrue(report(Map.of("PATH", bin.toString(), "DISPLAY", ":1")).contains("display   :1"));
    }
}
