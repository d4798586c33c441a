package dev.archway.exporters.cdk;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Whether a command-line tool (node, npm) is installed. */
final class NodeTools {
    private NodeTools() {
    }

    static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
