package dev.archway.exporters.cfn;

import dev.archway.model.network.ZoneSlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates intrinsic functions the way a stack with default parameter values would: Ref to parameters and pseudo
 * parameters, Fn::GetAZs, Fn::Select, Fn::Sub, Fn::Join, Fn::FindInMap, Fn::If and the condition functions.
 * A Ref or GetAtt to a resource stays a {@link ResourceRef}; what cannot be known (no default, Fn::ImportValue)
 * throws {@link Unresolved}.
 */
final class Intrinsics {
    static final Object NO_VALUE = new Object();
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}]*)}");

    record ResourceRef(String logicalId, String attribute) {
    }

    /**
     * A value from outside the template: an AWS-typed Parameter (a VPC, subnet or security-group id), an
     * {@code Fn::ImportValue}, a nested stack's output. {@code expression} is what the template writes for it.
     */
    record External(String key, String name, Object expression) {
    }

    /** A {@code ${Name}} in {@code Fn::Sub} that names a value from outside: the whole text is one. */
    private static final class OutsideValue extends Unresolved {
        OutsideValue() {
            super("a value from outside the template");
        }
    }

    static class Unresolved extends Exception {
        Unresolved(String what) {
            super(what, null, false, false);
        }
    }

    private final Map<String, Object> parameters;
    private final Map<String, Object> mappings;
    private final Map<String, Object> conditions;
    private final Map<String, Object> resources;
    private final String region;
    private final String stackName;
    private final Map<String, Boolean> conditionValues = new LinkedHashMap<>();
    /** What some {@code Fn::ImportValue}s give, by their argument: literals another stack of the set exports. */
    private Map<Object, Object> importedValues = Map.of();

    Intrinsics(Map<String, Object> template, String region) {
        this(template, region, "stack");
    }

    /** Evaluates as in a stack of that name ({@code AWS::StackName}, which export names are often made of). */
    Intrinsics(Map<String, Object> template, String region, String stackName) {
        this.stackName = stackName;
        this.parameters = Cfn.orEmpty(template.get("Parameters"));
        this.mappings = Cfn.orEmpty(template.get("Mappings"));
        this.conditions = Cfn.orEmpty(template.get("Conditions"));
        this.resources = Cfn.orEmpty(template.get("Resources"));
        this.region = region;
    }

    /** Evaluates these imports to the literals another stack of the set exports for them. */
    void importing(Map<Object, Object> values) {
        importedValues = values;
    }

    String region() {
        return region;
    }

    /**
     * What {@code Fn::GetAZs} gives: the region's zones as slots ({@code 1st}, {@code 2nd}, ...), whatever the
     * region, since which names they have is the deploying account's. Taken whole (an Auto Scaling group's
     * {@code AvailabilityZones}) it is the three zones every region has; {@code Fn::Select} reaches further.
     */
    List<Object> zones() {
        return new ZoneSlots();
    }

    /** The list {@code Fn::GetAZs} gives, which {@code Fn::Select} may index up to {@link ZoneSlot#MAX}. */
    private static final class ZoneSlots extends ArrayList<Object> {
        ZoneSlots() {
            super(List.of(ZoneSlot.of(0), ZoneSlot.of(1), ZoneSlot.of(2)));
        }
    }

    Object resolve(Object raw) throws Unresolved {
        String fn = Cfn.intrinsicName(raw);
        if (fn != null && !fn.equals("Condition")) {
            return function(fn, Cfn.asMap(raw).get(fn));
        }
        if (raw instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object v = resolve(e.getValue());
                if (v != NO_VALUE) {
                    out.put((String) e.getKey(), v);
                }
            }
            return out;
        }
        if (raw instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object item : l) {
                Object v = resolve(item);
                if (v != NO_VALUE) {
                    out.add(v);
                }
            }
            return out;
        }
        return raw;
    }

    private Object function(String fn, Object arg) throws Unresolved {
        switch (fn) {
            case "Ref":
                return ref(String.valueOf(arg));
            case "Fn::GetAtt": {
                List<Object> parts = getAttParts(arg);
                String lid = String.valueOf(parts.get(0));
                String attribute = String.valueOf(resolve(parts.get(1)));
                if (ExternalValues.isStackOutput(resources, lid, attribute)) {
                    return new External("Stack:" + lid + "." + attribute, lid + " " + attribute.substring(8),
                            Map.of("Fn::GetAtt", List.of(lid, attribute)));
                }
                return new ResourceRef(lid, attribute);
            }
            case "Fn::ImportValue":
                if (importedValues.containsKey(arg)) {
                    return importedValues.get(arg);
                }
                return new External("Import:" + arg, exportName(arg), Map.of("Fn::ImportValue", arg));
            case "Fn::GetAZs":
                return zones();
            case "Fn::Select": {
                List<Object> a = list(arg, 2);
                int index = Integer.parseInt(String.valueOf(literal(resolve(a.get(0)))));
                Object listed = resolve(a.get(1));
                if (listed instanceof ZoneSlots && index >= 0 && index < ZoneSlot.MAX) {
                    return ZoneSlot.of(index);
                }
                List<Object> from = list(listed, -1);
                if (index < 0 || index >= from.size()) {
                    throw new Unresolved("Fn::Select index out of range");
                }
                return from.get(index);
            }
            case "Fn::Join": {
                List<Object> a = list(arg, 2);
                List<String> parts = new ArrayList<>();
                for (Object o : list(resolve(a.get(1)), -1)) {
                    if (o instanceof External) {
                        return new External("Join:" + arg, Explain.brief(Map.of(fn, arg)), Map.of(fn, arg));
                    }
                    parts.add(String.valueOf(literal(o)));
                }
                return String.join(String.valueOf(literal(resolve(a.get(0)))), parts);
            }
            case "Fn::Sub":
                try {
                    return sub(arg);
                } catch (OutsideValue e) {
                    return new External("Sub:" + arg, Explain.brief(Map.of(fn, arg)), Map.of(fn, arg));
                }
            case "Fn::FindInMap": {
                List<Object> a = list(arg, 3);
                Map<String, Object> top = Cfn.asMap(mappings.get(String.valueOf(literal(resolve(a.get(0))))));
                Map<String, Object> second = top == null ? null
                        : Cfn.asMap(top.get(String.valueOf(literal(resolve(a.get(1))))));
                Object value = second == null ? null : second.get(String.valueOf(literal(resolve(a.get(2)))));
                if (value == null) {
                    throw new Unresolved("Fn::FindInMap without a value");
                }
                return resolve(value);
            }
            case "Fn::Split": {
                List<Object> a = list(arg, 2);
                String separator = String.valueOf(literal(resolve(a.get(0))));
                Object whole = resolve(a.get(1));
                if (whole instanceof External x) {
                    return ExternalValues.items(x.key(), x.name(), Map.of("Fn::Split", arg), -1);
                }
                String text = String.valueOf(literal(whole));
                return new ArrayList<Object>(List.of(text.split(Pattern.quote(separator), -1)));
            }
            case "Fn::Cidr": {
                List<Object> a = list(arg, 3);
                return CidrBlocks.split(String.valueOf(literal(resolve(a.get(0)))),
                        ImportedProps.toInt(resolve(a.get(1))), ImportedProps.toInt(resolve(a.get(2))));
            }
            case "Fn::If": {
                List<Object> a = list(arg, 3);
                return condition(String.valueOf(a.get(0))) ? resolve(a.get(1)) : resolve(a.get(2));
            }
            default:
                throw new Unresolved(fn + " cannot be evaluated");
        }
    }

    static List<Object> getAttParts(Object arg) throws Unresolved {
        if (arg instanceof String s) {
            int dot = s.indexOf('.');
            if (dot > 0) {
                return List.of(s.substring(0, dot), s.substring(dot + 1));
            }
        }
        List<Object> parts = Cfn.asList(arg);
        if (parts == null || parts.size() != 2) {
            throw new Unresolved("malformed Fn::GetAtt");
        }
        return parts;
    }

    private static List<Object> list(Object o, int size) throws Unresolved {
        List<Object> l = Cfn.asList(o);
        if (l == null || (size >= 0 && l.size() != size)) {
            throw new Unresolved("malformed function arguments");
        }
        return l;
    }

    static Object literal(Object o) throws Unresolved {
        if (o instanceof String || o instanceof Number || o instanceof Boolean) {
            return o;
        }
        if (o instanceof External x) {
            throw new Unresolved(x.name() + " comes from outside the template");
        }
        throw new Unresolved("not a literal value");
    }

    private Object ref(String name) throws Unresolved {
        switch (name) {
            case "AWS::Region":
                return region;
            case "AWS::NoValue":
                return NO_VALUE;
            case "AWS::AccountId":
                return "123456789012";
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::StackName":
                return stackName;
            default:
                break;
        }
        if (resources.containsKey(name)) {
            return new ResourceRef(name, null);
        }
        Map<String, Object> p = Cfn.asMap(parameters.get(name));
        Object outside = ExternalValues.ofParameter(name, p);
        if (outside != null) {
            return outside;
        }
        if (p != null && !p.containsKey("Default")) {
            return new External("Ref:" + name, name, Map.of("Ref", name)); // given at deploy time
        }
        if (p == null || !p.containsKey("Default")) {
            throw new Unresolved("parameter " + name + (p == null ? "" : " (" + p.get("Type") + ")")
                    + " has no default" + (p == null ? " (no such parameter)" : ""));
        }
        Object def = p.get("Default");
        String type = String.valueOf(p.get("Type"));
        if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
            List<Object> items = new ArrayList<>();
            for (String s : String.valueOf(def).split(",")) {
                items.add(s.trim());
            }
            return items;
        }
        return def instanceof String ? def : String.valueOf(def);
    }

    private Object sub(Object arg) throws Unresolved {
        String text;
        Map<String, Object> vars = Map.of();
        if (arg instanceof String s) {
            text = s;
        } else {
            List<Object> a = list(arg, 2);
            text = String.valueOf(a.get(0));
            vars = Cfn.asMap(a.get(1));
        }
        Matcher m = SUB_VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.startsWith("!")) {
                value = "${" + name.substring(1) + "}";
            } else if (vars != null && vars.containsKey(name)) {
                Object v = resolve(vars.get(name));
                if (v instanceof External) {
                    throw new OutsideValue();
                }
                value = String.valueOf(literal(v));
            } else if (name.contains(".") || resources.containsKey(name)) {
                throw new Unresolved("Fn::Sub refers to a resource");
            } else {
                Object v = ref(name);
                if (v instanceof External) {
                    throw new OutsideValue();
                }
                value = String.valueOf(literal(v));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The name an import gives: the export's name under the parameter defaults, else the expression itself. */
    private String exportName(Object arg) {
        try {
            return String.valueOf(literal(resolve(arg)));
        } catch (Unresolved e) {
            return Explain.brief(arg);
        }
    }

    boolean condition(String name) throws Unresolved {
        Boolean known = conditionValues.get(name);
        if (known != null) {
            return known;
        }
        if (!conditions.containsKey(name)) {
            throw new Unresolved("no condition " + name);
        }
        boolean value = evaluate(conditions.get(name));
        conditionValues.put(name, value);
        return value;
    }

    private boolean evaluate(Object c) throws Unresolved {
        String fn = Cfn.intrinsicName(c);
        if (fn == null) {
            throw new Unresolved("not a condition");
        }
        Object arg = Cfn.asMap(c).get(fn);
        switch (fn) {
            case "Condition":
                return condition(String.valueOf(arg));
            case "Fn::Equals": {
                List<Object> a = list(arg, 2);
                return String.valueOf(literal(resolve(a.get(0)))).equals(String.valueOf(literal(resolve(a.get(1)))));
            }
            case "Fn::Not":
                return !evaluate(list(arg, 1).get(0));
            case "Fn::And": {
                boolean all = true;
                for (Object o : list(arg, -1)) {
                    all &= evaluate(o);
                }
                return all;
            }
            case "Fn::Or": {
                boolean any = false;
                for (Object o : list(arg, -1)) {
                    any |= evaluate(o);
                }
                return any;
            }
            default:
                throw new Unresolved(fn + " in a condition");
        }
    }
}
