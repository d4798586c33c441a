package dev.archway.exporters.cdk;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Prints a {@link CdkStack} as a TypeScript stack module ({@code lib/}) and the app entry point ({@code bin/}). */
final class TsStackRenderer {
    private static final String STEP = "  ";
    private static final int LINE = 100;

    private final CdkStack stack;
    private final CdkNestedStack nested;

    TsStackRenderer(CdkStack stack) {
        this(stack, null);
    }

    /** A renderer for one nested stack of a split app. */
    TsStackRenderer(CdkStack stack, CdkNestedStack nested) {
        this.stack = stack;
        this.nested = nested;
    }

    String stackSource() {
        StringBuilder out = new StringBuilder("import * as cdk from 'aws-cdk-lib';\n");
        Set<CdkModule> modules = new TreeSet<>();
        stack.types().forEach(t -> modules.add(t.module()));
        if (nested != null) {
            nested.inputs().forEach(f -> modules.add(f.type().module()));
            nested.exports().forEach(f -> modules.add(f.type().module()));
        }
        modules.remove(CdkModule.CORE);
        modules.forEach(m -> out.append("import * as ").append(m.tsAlias()).append(" from '").append(m.tsPath())
                .append("';\n"));
        out.append("import { Construct } from 'constructs';\n\n");
        if (nested != null) {
            nestedClass(out);
            return out.toString();
        }
        out.append("/** ").append(CodeText.comment(stack.description())).append(" */\n");
        out.append("export class ").append(stack.className()).append(" extends cdk.Stack {\n");
        out.append("  constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n");
        out.append("    super(scope, id, props);\n");
        for (CdkStatement s : stack.statements()) {
            statement(out, s);
        }
        out.append("  }\n}\n");
        return out.toString();
    }

    /** A nested stack: a props interface with what it takes in, read-only properties for what it hands on. */
    private void nestedClass(StringBuilder out) {
        String name = stack.className();
        String propsType = "cdk.NestedStackProps";
        if (!nested.inputs().isEmpty()) {
            propsType = name + "Props";
            out.append("/** The constructs ").append(name).append(" takes from stacks built before it. */\n");
            out.append("export interface ").append(propsType).append(" extends cdk.NestedStackProps {\n");
            nested.inputs().forEach(f -> out.append("  readonly ").append(f.name()).append(": ")
                    .append(f.type().tsName()).append(";\n"));
            out.append("}\n\n");
        }
        out.append("/** The '").append(CodeText.comment(nested.partName())).append("' part of ")
                .append(CodeText.comment(stack.description()))
                .append(", a nested stack. */\n");
        out.append("export class ").append(name).append(" extends cdk.NestedStack {\n");
        nested.exports().forEach(f -> out.append("  readonly ").append(f.name()).append(": ")
                .append(f.type().tsName()).append(";\n"));
        out.append(nested.exports().isEmpty() ? "" : "\n");
        out.append("  constructor(scope: Construct, id: string, props").append(nested.inputs().isEmpty() ? "?" : "")
                .append(": ").append(propsType).append(") {\n");
        out.append("    super(scope, id, props);\n");
        nested.inputs().forEach(f -> out.append("    const ").append(f.name()).append(" = props.").append(f.name())
                .append(";\n"));
        stack.statements().forEach(s -> statement(out, s));
        if (!nested.exports().isEmpty()) {
            out.append("\n");
        }
        nested.exports().forEach(f -> out.append("    this.").append(f.name()).append(" = ").append(f.name())
                .append(";\n"));
        out.append("  }\n}\n");
    }

    String appSource(String stackModule) {
        String env = stack.region() == null ? "" : "  env: { region: " + string(stack.region()) + " },\n";
        return "#!/usr/bin/env node\n"
                + "import * as cdk from 'aws-cdk-lib';\n"
                + "import { " + stack.className() + " } from '../lib/" + stackModule + "';\n\n"
                + "const app = new cdk.App();\n"
                + "new " + stack.className() + "(app, " + string(stack.className()) + ", {\n"
                + env
                + "  description: " + string(stack.description()) + ",\n"
                + "});\n";
    }

    private void statement(StringBuilder out, CdkStatement s) {
        String indent = "    ";
        if (s instanceof CdkStatement.Comment c) {
            out.append("\n").append(indent).append("// ").append(CodeText.comment(c.text())).append("\n");
        } else if (s instanceof CdkStatement.Declare d) {
            out.append(indent).append("const ").append(d.name()).append(" = ").append(expr(d.value(), indent))
                    .append(";\n");
        } else if (s instanceof CdkStatement.Evaluate e) {
            out.append(indent).append(expr(e.value(), indent)).append(";\n");
        } else if (s instanceof CdkStatement.DeclareMap m) {
            out.append(indent).append("const ").append(m.name()).append(": Record<string, unknown> = {};\n");
        } else if (s instanceof CdkStatement.DeclareList l) {
            out.append(indent).append("const ").append(l.name()).append(": unknown[] = [];\n");
        } else if (s instanceof CdkStatement.Put p) {
            out.append(indent).append(p.map()).append("[").append(expr(p.key(), indent)).append("] = ")
                    .append(expr(p.value(), indent)).append(";\n");
        } else if (s instanceof CdkStatement.Append a) {
            out.append(indent).append(a.list()).append(".push(").append(expr(a.value(), indent)).append(");\n");
        } else if (s instanceof CdkStatement.Assign a) {
            out.append(indent).append(expr(a.target(), indent)).append(".").append(a.property()).append(" = ")
                    .append(expr(a.value(), indent)).append(";\n");
        }
    }

    String expr(CdkExpr e, String indent) {
        if (e instanceof CdkExpr.Literal l) {
            return l.value() instanceof String s ? string(s)
                    : l.value() instanceof Number n ? CodeText.number(n, false) : String.valueOf(l.value());
        }
        if (e instanceof CdkExpr.Variable v) {
            return v.name();
        }
        if (e instanceof CdkExpr.Construct c) {
            String head = "new " + c.type().tsName() + "(this, " + string(c.id());
            return c.props().isEmpty() ? head + ")" : head + ", " + object(c.props(), indent, true) + ")";
        }
        if (e instanceof CdkExpr.Struct s) {
            return object(s.props(), indent, false);
        }
        if (e instanceof CdkExpr.NewObject n) {
            return "new " + n.type().tsName() + "(" + args(n.args(), indent) + ")";
        }
        if (e instanceof CdkExpr.StaticCall s) {
            return s.type().tsName() + "." + s.method() + "(" + args(s.args(), indent) + ")";
        }
        if (e instanceof CdkExpr.Call c) {
            return expr(c.target(), indent) + "." + c.method() + "(" + args(c.args(), indent) + ")";
        }
        if (e instanceof CdkExpr.Get g) {
            return expr(g.target(), indent) + "." + g.property();
        }
        if (e instanceof CdkExpr.ListOf l) {
            return list(l.items().stream().map(i -> expr(i, indent + STEP)).toList(), indent);
        }
        if (e instanceof CdkExpr.MapOf m) {
            Map<String, CdkExpr> quoted = new java.util.LinkedHashMap<>();
            m.entries().forEach((k, v) -> quoted.put(k.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? k : string(k), v));
            return object(quoted, indent, false);
        }
        if (e instanceof CdkExpr.Entries m) {
            String inner = indent + STEP;
            StringBuilder out = new StringBuilder("{\n");
            for (Map.Entry<CdkExpr, CdkExpr> entry : m.entries()) {
                out.append(inner).append("[").append(expr(entry.getKey(), inner)).append("]: ")
                        .append(expr(entry.getValue(), inner)).append(",\n");
            }
            return out.append(indent).append("}").toString();
        }
        if (e instanceof CdkExpr.EnumValue v) {
            return v.type().tsName() + "." + v.constant();
        }
        if (e instanceof CdkExpr.Cast c) {
            return "(" + expr(c.value(), indent) + " as " + c.type().tsName() + ")";
        }
        throw new IllegalArgumentException("cannot render " + e);
    }

    /**
     * Items rendered once, at the inner indent: rendering them again for a one-line attempt made nested lists
     * exponential. With a two-space step an item that fits one line only at the outer indent leaves no room for the
     * brackets, so the layout is what rendering at both indents gave.
     */
    private static String list(List<String> items, String indent) {
        String single = "[" + String.join(", ", items) + "]";
        if (items.isEmpty() || (!single.contains("\n") && indent.length() + single.length() < LINE)) {
            return single;
        }
        StringBuilder out = new StringBuilder("[\n");
        items.forEach(i -> out.append(indent).append(STEP).append(i).append(",\n"));
        return out.append(indent).append("]").toString();
    }

    /** An object literal: on one line when short, else one property per line; {@code { vpc }} shorthand. */
    private String object(Map<String, CdkExpr> props, String indent, boolean alwaysMultiline) {
        if (props.isEmpty()) {
            return "{}";
        }
        String inner = indent + STEP;
        StringBuilder oneLine = new StringBuilder("{ ");
        StringBuilder multi = new StringBuilder("{\n");
        String separator = "";
        for (Map.Entry<String, CdkExpr> p : props.entrySet()) {
            String entry = p.getValue() instanceof CdkExpr.Variable v && v.name().equals(p.getKey()) ? p.getKey()
                    : p.getKey() + ": " + expr(p.getValue(), inner);
            oneLine.append(separator).append(entry);
            multi.append(inner).append(entry).append(",\n");
            separator = ", ";
        }
        String single = oneLine.append(" }").toString();
        boolean fits = !alwaysMultiline && !single.contains("\n") && indent.length() + single.length() < LINE;
        return fits ? single : multi.append(indent).append("}").toString();
    }

    private String args(List<CdkExpr> args, String indent) {
        StringBuilder out = new StringBuilder();
        for (CdkExpr a : args) {
            out.append(out.length() == 0 ? "" : ", ").append(expr(a, indent));
        }
        return out.toString();
    }

    static String string(String s) {
        return CodeText.tsString(s);
    }
}
