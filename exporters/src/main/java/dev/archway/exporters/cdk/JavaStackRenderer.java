package dev.archway.exporters.cdk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Prints a {@link CdkStack} as the Java source of a CDK stack class and the app class that synthesizes it. */
final class JavaStackRenderer {
    static final String PACKAGE = "com.myorg";
    private static final String CONTINUATION = "        ";

    /** Above this many statements the stack is split into methods, as one constructor would pass the JVM's 64 KB. */
    static final int STATEMENTS_PER_METHOD = 150;

    private final CdkStack stack;
    private final Map<String, String> importedByName = new HashMap<>();
    private final boolean split;
    private final CdkNestedStack nested;

    JavaStackRenderer(CdkStack stack) {
        this(stack, null);
    }

    /** A renderer for one nested stack of a split app: its variables are fields, so that it can hand them on. */
    JavaStackRenderer(CdkStack stack, CdkNestedStack nested) {
        this.stack = stack;
        this.nested = nested;
        this.split = nested != null || stack.statements().size() > STATEMENTS_PER_METHOD;
        Set<CdkType> types = new java.util.LinkedHashSet<>(stack.types());
        if (nested != null) {
            nested.inputs().forEach(f -> types.add(f.type()));
            nested.exports().forEach(f -> types.add(f.type()));
        }
        Map<String, Integer> counts = new HashMap<>();
        types.forEach(t -> counts.merge(t.name(), 1, Integer::sum));
        for (CdkType t : types) {
            if (counts.get(t.name()) == 1) {
                importedByName.put(t.name(), t.javaName());
            }
        }
        if (nested == null) {
            importedByName.putIfAbsent("Stack", "software.amazon.awscdk.Stack");
            importedByName.putIfAbsent("StackProps", "software.amazon.awscdk.StackProps");
        } else {
            importedByName.putIfAbsent("NestedStack", "software.amazon.awscdk.NestedStack");
        }
    }

    String stackSource() {
        StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\n");
        imports(out);
        if (nested != null) {
            nestedClass(out);
            return out.toString();
        }
        out.append("\n/** ").append(CodeText.comment(stack.description())).append(" */\n");
        out.append("public class ").append(stack.className()).append(" extends Stack {\n");
        List<List<CdkStatement>> parts = split ? parts() : List.of(stack.statements());
        if (split) {
            fields(out);
        }
        out.append("    public ").append(stack.className())
                .append("(final Construct scope, final String id, final StackProps props) {\n");
        out.append("        super(scope, id, props);\n");
        body(out, parts);
        out.append("    }\n}\n");
        return out.toString();
    }

    /** A nested stack: a {@code Props} class with what it takes in, public fields for what it hands on. */
    private void nestedClass(StringBuilder out) {
        String name = stack.className();
        out.append("\n/** The \"").append(CodeText.comment(nested.partName())).append("\" part of ")
                .append(CodeText.comment(stack.description()))
                .append(", a nested stack. */\n");
        out.append("public class ").append(name).append(" extends NestedStack {\n");
        if (!nested.inputs().isEmpty()) {
            out.append("    /** The constructs this stack takes from stacks built before it. */\n");
            out.append("    public static final class Props {\n");
            nested.inputs().forEach(f -> out.append("        public ").append(typeName(f.type())).append(" ")
                    .append(f.name()).append(";\n"));
            out.append("    }\n\n");
            nested.inputs().forEach(f -> out.append("    private ").append(typeName(f.type())).append(" ")
                    .append(f.name()).append(";\n"));
        }
        fields(out);
        String props = nested.inputs().isEmpty() ? "" : ", final Props props";
        out.append("    public ").append(name).append("(final Construct scope, final String id").append(props)
                .append(") {\n");
        out.append("        super(scope, id);\n");
        nested.inputs().forEach(f -> out.append("        ").append(f.name()).append(" = props.").append(f.name())
                .append(";\n"));
        body(out, parts());
        out.append("    }\n}\n");
    }

    private void body(StringBuilder out, List<List<CdkStatement>> parts) {
        if (split) {
            for (int i = 1; i <= parts.size(); i++) {
                out.append("        part").append(i).append("();\n");
            }
            for (int i = 1; i <= parts.size(); i++) {
                out.append("    }\n\n    private void part").append(i).append("() {\n");
                parts.get(i - 1).forEach(s -> statement(out, s));
            }
        } else {
            stack.statements().forEach(s -> statement(out, s));
        }
    }

    private void imports(StringBuilder out) {
        Set<String> imports = new TreeSet<>(importedByName.values());
        imports.add("software.constructs.Construct");
        if (usesLists()) {
            imports.add("java.util.List");
        }
        if (usesMaps()) {
            imports.add("java.util.Map");
        }
        if (stack.statements().stream().anyMatch(st -> st instanceof CdkStatement.DeclareMap)) {
            imports.add("java.util.LinkedHashMap");
        }
        if (stack.statements().stream().anyMatch(st -> st instanceof CdkStatement.DeclareList)) {
            imports.add("java.util.ArrayList");
        }
        imports.forEach(i -> out.append("import ").append(i).append(";\n"));
    }

    String appSource(String appClassName, String stackId) {
        String env = stack.region() == null ? ""
                : "\n                .env(Environment.builder().region(" + string(stack.region()) + ").build())";
        return "package " + PACKAGE + ";\n\n"
                + "import software.amazon.awscdk.App;\n"
                + (stack.region() == null ? "" : "import software.amazon.awscdk.Environment;\n")
                + "import software.amazon.awscdk.StackProps;\n\n"
                + "/** Synthesizes the stack; {@code cdk synth} and {@code cdk deploy} run this. */\n"
                + "public final class " + appClassName + " {\n"
                + "    public static void main(final String[] args) {\n"
                + "        App app = new App();\n"
                + "        new " + stack.className() + "(app, " + string(stackId) + ", StackProps.builder()" + env
                + "\n                .description(" + string(stack.description()) + ")\n"
                + "                .build());\n"
                + "        app.synth();\n"
                + "    }\n}\n";
    }

    /** Statements in chunks of about {@link #STATEMENTS_PER_METHOD}, cut where a section comment starts. */
    private List<List<CdkStatement>> parts() {
        List<List<CdkStatement>> parts = new java.util.ArrayList<>();
        List<CdkStatement> current = new java.util.ArrayList<>();
        for (CdkStatement s : stack.statements()) {
            boolean full = current.size() >= STATEMENTS_PER_METHOD
                    || (current.size() >= STATEMENTS_PER_METHOD / 2 && s instanceof CdkStatement.Comment);
            if (full) {
                parts.add(current);
                current = new java.util.ArrayList<>();
            }
            current.add(s);
        }
        parts.add(current);
        return parts;
    }

    /** In a split stack, what would be locals are fields, so every part sees them. */
    private void fields(StringBuilder out) {
        Set<String> exported = new java.util.HashSet<>();
        if (nested != null) {
            nested.exports().forEach(f -> exported.add(f.name()));
        }
        for (CdkStatement s : stack.statements()) {
            if (s instanceof CdkStatement.Declare d) {
                String type = d.type() == null ? "Object" : typeName(d.type());
                out.append(exported.contains(d.name()) ? "    public " : "    private ").append(type).append(" ")
                        .append(d.name()).append(";\n");
            } else if (s instanceof CdkStatement.DeclareMap m) {
                out.append("    private final Map<String, Object> ").append(m.name())
                        .append(" = new LinkedHashMap<>();\n");
            } else if (s instanceof CdkStatement.DeclareList l) {
                out.append("    private final List<Object> ").append(l.name()).append(" = new ArrayList<>();\n");
            }
        }
        out.append("\n");
    }

    private void statement(StringBuilder out, CdkStatement s) {
        String indent = "        ";
        if (s instanceof CdkStatement.Comment c) {
            out.append("\n").append(indent).append("// ").append(CodeText.comment(c.text())).append("\n");
        } else if (s instanceof CdkStatement.Declare d) {
            String type = d.type() == null ? "var" : typeName(d.type());
            out.append(indent).append(split ? "" : type + " ").append(d.name()).append(" = ")
                    .append(expr(d.value(), indent)).append(";\n");
        } else if (split && (s instanceof CdkStatement.DeclareMap || s instanceof CdkStatement.DeclareList)) {
            return;
        } else if (s instanceof CdkStatement.Evaluate e) {
            out.append(indent).append(expr(e.value(), indent)).append(";\n");
        } else if (s instanceof CdkStatement.DeclareMap m) {
            out.append(indent).append("Map<String, Object> ").append(m.name())
                    .append(" = new LinkedHashMap<>();\n");
        } else if (s instanceof CdkStatement.DeclareList l) {
            out.append(indent).append("List<Object> ").append(l.name()).append(" = new ArrayList<>();\n");
        } else if (s instanceof CdkStatement.Put p) {
            out.append(indent).append(p.map()).append(".put(").append(expr(p.key(), indent)).append(", ")
                    .append(expr(p.value(), indent)).append(");\n");
        } else if (s instanceof CdkStatement.Append a) {
            out.append(indent).append(a.list()).append(".add(").append(expr(a.value(), indent)).append(");\n");
        } else if (s instanceof CdkStatement.Assign a) {
            out.append(indent).append(target(a.target(), indent)).append(".set").append(upperFirst(a.property()))
                    .append("(").append(expr(a.value(), indent)).append(");\n");
        }
    }

    String expr(CdkExpr e, String indent) {
        if (e instanceof CdkExpr.Literal l) {
            return literal(l.value());
        }
        if (e instanceof CdkExpr.Variable v) {
            return v.name();
        }
        if (e instanceof CdkExpr.Construct c) {
            return builderChain(typeName(c.type()) + ".Builder.create(this, " + string(c.id()) + ")", c.props(), indent);
        }
        if (e instanceof CdkExpr.Struct s) {
            return builderChain(typeName(s.type()) + ".builder()", s.props(), indent);
        }
        if (e instanceof CdkExpr.NewObject n) {
            return "new " + typeName(n.type()) + "(" + args(n.args(), indent) + ")";
        }
        if (e instanceof CdkExpr.StaticCall s) {
            return typeName(s.type()) + "." + s.method() + "(" + args(s.args(), indent) + ")";
        }
        if (e instanceof CdkExpr.Call c) {
            return target(c.target(), indent) + "." + c.method() + "(" + args(c.args(), indent) + ")";
        }
        if (e instanceof CdkExpr.Get g) {
            return target(g.target(), indent) + ".get" + upperFirst(g.property()) + "()";
        }
        if (e instanceof CdkExpr.ListOf l) {
            return wrapped("List.of(", l.items().stream().map(i -> expr(i, indent + CONTINUATION)).toList(), indent);
        }
        if (e instanceof CdkExpr.MapOf m) {
            return map(m, indent);
        }
        if (e instanceof CdkExpr.Entries m) {
            return entries(m, indent);
        }
        if (e instanceof CdkExpr.EnumValue v) {
            return typeName(v.type()) + "." + v.constant();
        }
        if (e instanceof CdkExpr.Cast c) {
            return "(" + typeName(c.type()) + ") " + expr(c.value(), indent);
        }
        throw new IllegalArgumentException("cannot render " + e);
    }

    /** {@code Map.of} takes at most ten entries; larger maps use {@code Map.ofEntries}. */
    private String map(CdkExpr.MapOf m, String indent) {
        boolean small = m.entries().size() <= 10;
        List<String> items = new java.util.ArrayList<>();
        for (Map.Entry<String, CdkExpr> e : m.entries().entrySet()) {
            String key = string(e.getKey());
            String value = expr(e.getValue(), indent + CONTINUATION);
            items.add(small ? key + ", " + value : "Map.entry(" + key + ", " + value + ")");
        }
        return wrapped(small ? "Map.of(" : "Map.ofEntries(", items, indent);
    }

    /** {@code open + items + ")"} on one line when it fits, else one item per continuation line. */
    private static String wrapped(String open, List<String> items, String indent) {
        String single = open + String.join(", ", items) + ")";
        if (items.isEmpty() || (!single.contains("\n") && indent.length() + single.length() <= 110)) {
            return single;
        }
        String inner = "\n" + indent + CONTINUATION;
        return open + inner + String.join("," + inner, items) + ")";
    }

    /** A call's target; a cast there needs parentheses. */
    private String target(CdkExpr target, String indent) {
        String text = expr(target, indent);
        return target instanceof CdkExpr.Cast ? "(" + text + ")" : text;
    }

    private String entries(CdkExpr.Entries m, String indent) {
        String inner = indent + CONTINUATION;
        StringBuilder out = new StringBuilder("Map.ofEntries(");
        String separator = "\n" + inner;
        for (Map.Entry<CdkExpr, CdkExpr> e : m.entries()) {
            out.append(separator).append("Map.entry(").append(expr(e.getKey(), inner)).append(", ")
                    .append(expr(e.getValue(), inner)).append(")");
            separator = ",\n" + inner;
        }
        return out.append(")").toString();
    }

    private String builderChain(String start, Map<String, CdkExpr> props, String indent) {
        StringBuilder out = new StringBuilder(start);
        String inner = indent + CONTINUATION;
        props.forEach((name, value) -> out.append("\n").append(inner).append(".").append(builderMethod(name))
                .append("(").append(expr(value, inner)).append(")"));
        out.append(props.isEmpty() ? "" : "\n" + inner).append(".build()");
        return out.toString();
    }

    private static String upperFirst(String property) {
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    /** jsii renames a builder method that would be a Java keyword: {@code default} is {@code defaultValue}. */
    private static String builderMethod(String property) {
        return property.equals("default") ? "defaultValue" : property;
    }

    private String args(List<CdkExpr> args, String indent) {
        StringBuilder out = new StringBuilder();
        for (CdkExpr a : args) {
            out.append(out.length() == 0 ? "" : ", ").append(expr(a, indent));
        }
        return out.toString();
    }

    private String typeName(CdkType type) {
        return type.javaName().equals(importedByName.get(type.name())) ? type.name() : type.javaName();
    }

    private boolean usesLists() {
        return stackSourceContains(CdkExpr.ListOf.class)
                || stack.statements().stream().anyMatch(st -> st instanceof CdkStatement.DeclareList);
    }

    private boolean usesMaps() {
        return stackSourceContains(CdkExpr.MapOf.class) || stackSourceContains(CdkExpr.Entries.class)
                || stack.statements().stream().anyMatch(st -> st instanceof CdkStatement.DeclareMap);
    }

    private boolean stackSourceContains(Class<? extends CdkExpr> kind) {
        return stack.statements().stream().flatMap(s -> CdkStack.expressionsOf(s).stream())
                .anyMatch(root -> contains(root, kind));
    }

    private static boolean contains(CdkExpr e, Class<? extends CdkExpr> kind) {
        if (kind.isInstance(e)) {
            return true;
        }
        boolean[] found = {false};
        CdkStack.forEachChild(e, child -> found[0] |= contains(child, kind));
        return found[0];
    }

    static String literal(Object value) {
        if (value instanceof String s) {
            return string(s);
        }
        return value instanceof Number n ? CodeText.number(n, true) : String.valueOf(value);
    }

    static String string(String s) {
        return CodeText.javaString(s);
    }
}
