package dev.archway.exporters.cdk;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints the top-level stack of a split app, in Java or TypeScript: it builds the nested stacks in order and hands
 * each the constructs it takes from those built before it (a variable only for a stack that hands some on).
 */
final class ParentStackRenderer {
    private final CdkStack stack;
    private final List<CdkNestedStack> stacks;

    ParentStackRenderer(CdkStack stack, List<CdkNestedStack> stacks) {
        this.stack = stack;
        this.stacks = stacks;
    }

    /**
     * The top-level stack of a split app: builds the nested stacks in order, passing each the constructs it takes
     * from those before it.
     */
    String java() {
        StringBuilder out = new StringBuilder("package " + JavaStackRenderer.PACKAGE + ";\n\n");
        out.append("import software.amazon.awscdk.Stack;\nimport software.amazon.awscdk.StackProps;\n")
                .append("import software.constructs.Construct;\n\n");
        out.append("/** ").append(CodeText.comment(stack.description()))
                .append(": one nested stack per part of the design. */\n");
        out.append("public class ").append(stack.className()).append(" extends Stack {\n");
        out.append("    public ").append(stack.className())
                .append("(final Construct scope, final String id, final StackProps props) {\n");
        out.append("        super(scope, id, props);\n");
        Map<String, String> variableOf = new HashMap<>();
        CdkNames names = new CdkNames();
        Set<String> handedOn = handedOn();
        for (CdkNestedStack n : stacks) {
            String variable = names.variable(n.partName());
            variableOf.put(n.partName(), variable);
            String args = "";
            if (!n.inputs().isEmpty()) {
                String inputs = names.variable(n.partName() + " props");
                out.append("        ").append(n.className()).append(".Props ").append(inputs).append(" = new ")
                        .append(n.className()).append(".Props();\n");
                n.inputs().forEach(f -> out.append("        ").append(inputs).append(".").append(f.name())
                        .append(" = ").append(variableOf.get(f.fromPart())).append(".").append(f.name())
                        .append(";\n"));
                args = ", " + inputs;
            }
            String create = "new " + n.className() + "(this, " + JavaStackRenderer.string(n.partName()) + args + ");\n";
            out.append("        ").append(handedOn.contains(n.partName()) ? n.className() + " " + variable + " = "
                    : "").append(create);
        }
        out.append("    }\n}\n");
        return out.toString();
    }

    /** The top-level stack of a split app: builds the nested stacks in order, each from its own module. */
    String typeScript() {
        StringBuilder out = new StringBuilder("import * as cdk from 'aws-cdk-lib';\n");
        out.append("import { Construct } from 'constructs';\n");
        stacks.forEach(n -> out.append("import { ").append(n.className()).append(" } from './")
                .append(CdkNames.kebab(n.className())).append("';\n"));
        out.append("\n/** ").append(CodeText.comment(stack.description()))
                .append(": one nested stack per part of the design. */\n");
        out.append("export class ").append(stack.className()).append(" extends cdk.Stack {\n");
        out.append("  constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n");
        out.append("    super(scope, id, props);\n");
        Map<String, String> variableOf = new HashMap<>();
        Set<String> handedOn = handedOn();
        CdkNames names = new CdkNames();
        for (CdkNestedStack n : stacks) {
            String variable = names.variable(n.partName());
            variableOf.put(n.partName(), variable);
            out.append("    ").append(handedOn.contains(n.partName()) ? "const " + variable + " = " : "")
                    .append("new ").append(n.className()).append("(this, ")
                    .append(TsStackRenderer.string(n.partName()));
            if (n.inputs().isEmpty()) {
                out.append(");\n");
                continue;
            }
            out.append(", {\n");
            n.inputs().forEach(f -> out.append("      ").append(f.name()).append(": ")
                    .append(variableOf.get(f.fromPart())).append(".").append(f.name()).append(",\n"));
            out.append("    });\n");
        }
        out.append("  }\n}\n");
        return out.toString();
    }

    /** The parts whose stacks hand constructs on. */
    private Set<String> handedOn() {
        Set<String> out = new HashSet<>();
        stacks.forEach(n -> n.inputs().forEach(f -> out.add(f.fromPart())));
        return out;
    }
}
