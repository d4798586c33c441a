package dev.archway.app.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** AWS's cfn-lint on an exported template: its error lines (warnings ignored); skips where it is not installed. */
final class CfnLintRun {
    private CfnLintRun() {
    }

    static List<String> errors(Path template) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("cfn-lint", "--format", "parseable", template.toString()).redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            assumeTrue(!"true".equals(System.getenv("CI")), "cfn-lint is required on CI");
            assumeTrue(false, "cfn-lint is not installed");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(120, TimeUnit.SECONDS);
        return out.lines().filter(l -> l.contains(":E")).toList();
    }
}
