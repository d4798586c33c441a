package dev.archway.exporters.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archway.exporters.ExportOutput;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every design of {@link CdkFixtures#all()} exported as a Java CDK app, compiled and synthesized once per test JVM
 * (one jsii start for all), shared by the test classes that read the templates.
 */
final class SynthesizedApps {
    /** Under target/ rather than a temporary folder, so that a failing app can be read after the run. */
    static final Path WORK = Path.of("target", "cdk-java-apps");
    private static SynthesizedApps instance;

    final Map<String, Design> designsByStack = new LinkedHashMap<>();
    final Map<String, JsonNode> templates;

    private SynthesizedApps() throws Exception {
        Map<String, ExportOutput> apps = new LinkedHashMap<>();
        List<String> appClasses = new ArrayList<>();
        for (Design design : CdkFixtures.all()) {
            CdkStack stack = new CdkStackPlanner().plan(design);
            apps.put(stack.className(), new CdkJavaExporter().render(design));
            appClasses.add(JavaStackRenderer.PACKAGE + "." + CdkJavaExporter.appClassName(stack));
            designsByStack.put(stack.className(), design);
        }
        GeneratedJavaApps.clean(WORK);
        Path classes = GeneratedJavaApps.compile(apps, WORK);
        templates = GeneratedJavaApps.synthesize(classes, appClasses, WORK.resolve("cdk.out"));
    }

    /** Synthesizes on first use; skips (or on CI fails) when Node.js is missing. */
    static synchronized SynthesizedApps get() throws Exception {
        GeneratedJavaApps.requireNode();
        if (instance == null) {
            instance = new SynthesizedApps();
        }
        return instance;
    }

    Path templateFile(String stack) {
        return WORK.resolve("cdk.out").resolve(stack + ".template.json");
    }
}
