package dev.archway.exporters.cdk;

import dev.archway.exporters.Exporter;
import dev.archway.exporters.examples.Examples;
import dev.archway.exporters.formats.Exporters;
import dev.archway.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The timing behind docs/cdk-export.md: per example design, our direct CloudFormation export (warm, in-process)
 * against what {@code cdk synth} of the exported Java app costs (compiling the app, then running it in a fresh JVM,
 * which starts Node.js through jsii). Not a test: run it by hand, see the doc for the command.
 */
public final class CdkSynthTiming {
    private static final int ROUNDS = 200;

    private CdkSynthTiming() {
    }

    public static void main(String[] args) throws Exception {
        Exporter cfn = Exporters.byId("cfn-json").orElseThrow(() -> new IllegalStateException("no cfn-json exporter"));
        Path work = Files.createTempDirectory("cdk-timing");
        System.out.printf("%-40s %12s %12s %12s %12s %8s%n", "design", "cfn-json ms", "cdk app ms", "compile ms",
                "synth ms", "ratio");
        for (Examples.Example example : Examples.ALL) {
            Design design = Examples.load(example.fileName());
            double cfnMs = warmAverage(() -> cfn.render(design));
            double appMs = warmAverage(() -> new CdkJavaExporter().render(design));
            CdkStack stack = new CdkStackPlanner().plan(design);
            Path dir = work.resolve(stack.className());
            long t0 = System.nanoTime();
            Path classes = GeneratedJavaApps.compile(Map.of(stack.className(), new CdkJavaExporter().render(design)),
                    dir);
            long t1 = System.nanoTime();
            GeneratedJavaApps.synthesize(classes, List.of(JavaStackRenderer.PACKAGE + "."
                    + CdkJavaExporter.appClassName(stack)), dir.resolve("cdk.out"));
            long t2 = System.nanoTime();
            double compileMs = (t1 - t0) / 1e6;
            double synthMs = (t2 - t1) / 1e6;
            System.out.printf("%-40s %12.3f %12.3f %12.0f %12.0f %8.0f%n", example.title(), cfnMs, appMs, compileMs,
                    synthMs, (compileMs + synthMs) / cfnMs);
        }
    }

    private static double warmAverage(Runnable export) {
        for (int i = 0; i < ROUNDS; i++) {
            export.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            export.run();
        }
        return (System.nanoTime() - start) / 1e6 / ROUNDS;
    }
}
