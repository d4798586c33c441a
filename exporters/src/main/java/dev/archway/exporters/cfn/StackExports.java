package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exports of a set of stacks and what each {@code Fn::ImportValue} of one of them resolves to. CloudFormation
 * names an export by its Output's {@code Export.Name}, evaluated in the exporting stack (so
 * {@code ${AWS::StackName}} is that stack's name), and an import names it exactly, one name per account and region.
 * An import whose name, under its template's parameter defaults, names no export of the set is matched once more
 * with each Parameter part as a wildcard (a {@code NetworkStackName} Parameter whose default is not the name this
 * set gives the stack); only a single match counts. A name two stacks export is ambiguous and resolves to nothing.
 */
final class StackExports {
    /** An element of one stack of the set: the stack's index and the element's id in that stack's design. */
    record Target(int stack, String elementId) {
    }

    private record Export(int stack, Object value) {
    }

    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final List<StackSetImport.Member> members;
    private final Map<String, Export> byName = new LinkedHashMap<>();
    private final Set<String> ambiguous = new LinkedHashSet<>();

    StackExports(List<StackSetImport.Member> members) {
        this.members = members;
        for (int i = 0; i < members.size(); i++) {
            collect(i);
        }
    }

    private void collect(int stack) {
        StackSetImport.Member m = members.get(stack);
        Intrinsics in = intrinsics(m);
        Cfn.orEmpty(m.stack().template().get("Outputs")).forEach((output, def) -> {
            Map<String, Object> export = Cfn.asMap(Cfn.orEmpty(def).get("Export"));
            Object name = export == null ? null : literal(in, export.get("Name"));
            if (name == null) {
                return;
            }
            if (byName.containsKey(name.toString())) {
                ambiguous.add(name.toString());
            }
            byName.put(name.toString(), new Export(stack, Cfn.orEmpty(def).get("Value")));
        });
    }

    /** The export names of the set, as CloudFormation would name them. */
    Set<String> names() {
        return byName.keySet();
    }

    /** The element an external element of a stack stands for, by the expression it was read as; null if none. */
    Target target(int stack, Object expression) {
        Object arg = importArgument(expression);
        if (arg == null) {
            return null;
        }
        Export export = find(stack, arg);
        if (export == null) {
            return null;
        }
        Object value = export.value();
        int item = itemIndex(expression);
        if (item >= 0) {
            value = joinedItem(value, item);
        }
        return value == null ? null : elementOf(export.stack(), value);
    }

    /**
     * The literals the stack imports where the exporting stack's value is one under its assumptions (a Parameter's
     * default, a text, a VPC's or subnet's {@code CidrBlock}), by the {@code Fn::ImportValue} argument naming them.
     */
    Map<Object, Object> literalsFor(int stack) {
        Map<Object, Object> out = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>();
        importArguments(members.get(stack).stack().template().get("Resources"), args);
        for (Object arg : args) {
            Export export = out.containsKey(arg) ? null : find(stack, arg);
            Object literal = export == null || export.stack() == stack ? null : literalOf(export);
            if (literal != null) {
                out.put(arg, literal);
            }
        }
        return out;
    }

    private static void importArguments(Object node, List<Object> out) {
        if (node instanceof Map<?, ?> m) {
            if ("Fn::ImportValue".equals(Cfn.intrinsicName(node))) {
                out.add(m.get("Fn::ImportValue"));
                return;
            }
            m.values().forEach(v -> importArguments(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> importArguments(v, out));
        }
    }

    private Object literalOf(Export export) {
        StackSetImport.Member m = members.get(export.stack());
        Object literal = literal(intrinsics(m), export.value());
        if (literal != null || !"Fn::GetAtt".equals(Cfn.intrinsicName(export.value()))) {
            return literal;
        }
        try {
            List<Object> parts = Intrinsics.getAttParts(Cfn.asMap(export.value()).get("Fn::GetAtt"));
            String id = m.stack().elementIds().get(String.valueOf(parts.get(0)));
            Object element = id == null ? null : m.stack().design().get(id);
            if (!"CidrBlock".equals(parts.get(1))) {
                return null;
            }
            return element instanceof dev.archway.model.network.Vpc v ? v.cidr()
                    : element instanceof dev.archway.model.network.Subnet sn ? sn.cidr() : null;
        } catch (Unresolved e) {
            return null;
        }
    }

    /** The argument of the {@code Fn::ImportValue} an external was read as (directly, or an item of its split). */
    private static Object importArgument(Object expression) {
        Map<String, Object> m = Cfn.asMap(expression);
        if ("Fn::ImportValue".equals(Cfn.intrinsicName(expression))) {
            return m.get("Fn::ImportValue");
        }
        if ("Fn::Select".equals(Cfn.intrinsicName(expression))) {
            List<Object> select = Cfn.asList(m.get("Fn::Select"));
            Object split = select == null || select.size() != 2 ? null : select.get(1);
            List<Object> args = "Fn::Split".equals(Cfn.intrinsicName(split)) ? Cfn.asList(Cfn.asMap(split)
                    .get("Fn::Split")) : null;
            return args == null || args.size() != 2 ? null : importArgument(args.get(1));
        }
        return null;
    }

    private static int itemIndex(Object expression) {
        if (!"Fn::Select".equals(Cfn.intrinsicName(expression))) {
            return -1;
        }
        Object index = Cfn.asList(Cfn.asMap(expression).get("Fn::Select")).get(0);
        try {
            return Integer.parseInt(String.valueOf(index));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Item {@code i} of an exported {@code Fn::Join} list (how a list of subnets is exported as one string). */
    private static Object joinedItem(Object value, int i) {
        List<Object> join = "Fn::Join".equals(Cfn.intrinsicName(value)) ? Cfn.asList(Cfn.asMap(value).get("Fn::Join"))
                : null;
        List<Object> items = join == null || join.size() != 2 ? null : Cfn.asList(join.get(1));
        return items == null || i >= items.size() ? null : items.get(i);
    }

    private Export find(int stack, Object arg) {
        Intrinsics in = intrinsics(members.get(stack));
        Object name = literal(in, arg);
        if (name != null && byName.containsKey(name.toString())) {
            return ambiguous.contains(name.toString()) ? null : byName.get(name.toString());
        }
        String pattern = pattern(in, Cfn.orEmpty(members.get(stack).stack().template().get("Parameters")), arg);
        if (pattern == null || !pattern.contains("(.+)")) {
            return null;
        }
        Pattern p = Pattern.compile(pattern);
        List<String> matches = byName.keySet().stream().filter(n -> p.matcher(n).matches()).toList();
        return matches.size() == 1 && !ambiguous.contains(matches.get(0)) ? byName.get(matches.get(0)) : null;
    }

    /** The export name as a regular expression, each Parameter part a wildcard; null when it cannot be told. */
    private static String pattern(Intrinsics in, Map<String, Object> parameters, Object arg) {
        if (arg instanceof String s) {
            return Pattern.quote(s);
        }
        String fn = Cfn.intrinsicName(arg);
        Object a = fn == null ? null : Cfn.asMap(arg).get(fn);
        if ("Ref".equals(fn)) {
            return parameters.containsKey(String.valueOf(a)) ? "(.+)" : quoted(in, arg);
        }
        if ("Fn::Join".equals(fn)) {
            List<Object> join = Cfn.asList(a);
            List<Object> items = join == null || join.size() != 2 ? null : Cfn.asList(join.get(1));
            if (items == null) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (Object item : items) {
                String p = pattern(in, parameters, item);
                if (p == null) {
                    return null;
                }
                parts.add(p);
            }
            return String.join(Pattern.quote(String.valueOf(join.get(0))), parts);
        }
        if ("Fn::Sub".equals(fn)) {
            return subPattern(in, parameters, a);
        }
        return quoted(in, arg);
    }

    private static String subPattern(Intrinsics in, Map<String, Object> parameters, Object arg) {
        List<Object> withVars = Cfn.asList(arg);
        String text = withVars != null && !withVars.isEmpty() ? String.valueOf(withVars.get(0)) : String.valueOf(arg);
        Map<String, Object> vars = withVars != null && withVars.size() == 2 ? Cfn.orEmpty(withVars.get(1)) : Map.of();
        StringBuilder out = new StringBuilder();
        Matcher m = SUB_VAR.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(Pattern.quote(text.substring(last, m.start())));
            String name = m.group(1);
            String part = vars.containsKey(name) ? pattern(in, parameters, vars.get(name))
                    : parameters.containsKey(name) ? "(.+)" : quoted(in, Cfn.ref(name));
            if (part == null) {
                return null;
            }
            out.append(part);
            last = m.end();
        }
        return out.append(Pattern.quote(text.substring(last))).toString();
    }

    private static String quoted(Intrinsics in, Object value) {
        Object literal = literal(in, value);
        return literal == null ? null : Pattern.quote(literal.toString());
    }

    /** The element a stack's exported value names: a resource's Ref or attribute, or what it takes from outside. */
    private Target elementOf(int stack, Object value) {
        StackSetImport.Member m = members.get(stack);
        String fn = Cfn.intrinsicName(value);
        String logicalId = null;
        if ("Ref".equals(fn)) {
            logicalId = String.valueOf(Cfn.asMap(value).get("Ref"));
        } else if ("Fn::GetAtt".equals(fn)) {
            try {
                logicalId = String.valueOf(Intrinsics.getAttParts(Cfn.asMap(value).get("Fn::GetAtt")).get(0));
            } catch (Unresolved e) {
                return null;
            }
        }
        String id = logicalId == null ? null : m.stack().elementIds().get(logicalId);
        if (id != null) {
            return new Target(stack, id);
        }
        String external = m.externalWith(value);
        return external == null ? null : new Target(stack, external);
    }

    static Intrinsics intrinsics(StackSetImport.Member m) {
        return new Intrinsics(m.stack().template(), CfnImporter.DEFAULT_REGION, m.name());
    }

    private static Object literal(Intrinsics in, Object value) {
        try {
            Object v = Intrinsics.literal(in.resolve(value));
            return v;
        } catch (Unresolved | RuntimeException e) {
            return null;
        }
    }
}
