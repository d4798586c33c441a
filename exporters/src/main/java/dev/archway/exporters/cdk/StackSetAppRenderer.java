package dev.archway.exporters.cdk;

import dev.archway.exporters.cdk.CdkStackSet.Member;
import dev.archway.model.Design;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the CDK app of a {@link CdkStackSet}: a stack class per stack, and an app that builds them under
 * their stack names and makes each depend on the stacks it imports from, so {@code cdk deploy --all} deploys them
 * in order.
 */
final class StackSetAppRenderer {
    private final CdkStackSet set;
    private final String appClass;

    StackSetAppRenderer(Design design, CdkStackSet set) {
        this.set = set;
        this.appClass = CdkJavaExporter.appClassName(CdkStackPlanner.stackClassName(design));
    }

    String appClass() {
        return appClass;
    }

    /** The stack classes of a Java app, by file name under the package folder, then the app class. */
    Map<String, String> javaSources() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder main = new StringBuilder();
        for (Member m : set.members()) {
            files.put(m.stack().className() + ".java", new JavaStackRenderer(m.stack()).stackSource());
            String name = variable(m);
            main.append("        ").append(m.stack().className()).append(" ").append(name).append(" = new ")
                    .append(m.stack().className()).append("(app, ").append(JavaStackRenderer.string(m.stack()
                            .className())).append(", StackProps.builder()\n");
            if (m.stackName() != null) {
                main.append("                .stackName(").append(JavaStackRenderer.string(m.stackName()))
                        .append(")\n");
            }
            main.append("                .description(").append(JavaStackRenderer.string(m.stack().description()))
                    .append(")\n                .build());\n");
            m.after().forEach(a -> main.append("        ").append(name).append(".addDependency(").append(variable(a))
                    .append(");\n"));
        }
        files.put(appClass + ".java", "package " + JavaStackRenderer.PACKAGE + ";\n\n"
                + "import software.amazon.awscdk.App;\n"
                + "import software.amazon.awscdk.StackProps;\n\n"
                + "/** Synthesizes the stacks in the order they deploy; {@code cdk synth} and {@code cdk deploy} run"
                + " this. */\n"
                + "public final class " + appClass + " {\n"
                + "    public static void main(final String[] args) {\n"
                + "        App app = new App();\n" + main
                + "        app.synth();\n"
                + "    }\n}\n");
        return files;
    }

    /** The stack modules of a TypeScript app ({@code lib/...}) and its entry point ({@code bin/...}). */
    Map<String, String> typeScriptSources() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder imports = new StringBuilder("#!/usr/bin/env node\nimport * as cdk from 'aws-cdk-lib';\n");
        StringBuilder main = new StringBuilder("\nconst app = new cdk.App();\n");
        for (Member m : set.members()) {
            String className = m.stack().className();
            files.put("lib/" + CdkNames.kebab(className) + ".ts", new TsStackRenderer(m.stack()).stackSource());
            imports.append("import { ").append(className).append(" } from '../lib/").append(CdkNames.kebab(className))
                    .append("';\n");
            main.append("const ").append(variable(m)).append(" = new ").append(className).append("(app, ")
                    .append(TsStackRenderer.string(className)).append(", {\n");
            if (m.stackName() != null) {
                main.append("  stackName: ").append(TsStackRenderer.string(m.stackName())).append(",\n");
            }
            main.append("  description: ").append(TsStackRenderer.string(m.stack().description())).append(",\n});\n");
            m.after().forEach(a -> main.append(variable(m)).append(".addDependency(").append(variable(a))
                    .append(");\n"));
        }
        files.put("bin/" + CdkNames.kebab(appClass) + ".ts", imports.append(main).toString());
        return files;
    }

    /** What the README says of the stacks: their names and the order they deploy in. */
    String readmeNote() {
        List<String> names = set.members().stream().map(m -> m.stackName() != null ? m.stackName()
                : m.stack().className()).toList();
        return "The design was read from " + names.size() + " stacks that work together; the app keeps them as "
                + names.size() + " stacks, " + String.join(", ", names) + ", in the order they deploy (each after"
                + " the stacks it imports from). `cdk synth` writes one template per stack; `cdk deploy --all`"
                + " deploys them in that order.\n\n";
    }

    private static String variable(Member m) {
        return CdkNames.lowerCamel(m.stack().className());
    }
}
