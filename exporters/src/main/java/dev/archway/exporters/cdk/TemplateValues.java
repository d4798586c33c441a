package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.staticCall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CloudFormation values of an imported template as CDK expressions: literals as literals, intrinsic functions as
 * {@code Fn.sub}, {@code Fn.select}, {@code Fn.getAzs}, {@code Fn.importValue}, {@code Fn.conditionIf}, ...,
 * pseudo parameters as {@code Aws.REGION}, and references to the template's parameters, conditions and resources as
 * the variables that hold them ({@code vpcId.getValueAsString()}, {@code vpc.getRef()}, {@code alb.getAtt(...)}).
 * Each function gets arguments of the Java type it takes ({@code Token.asString}/{@code asList}/{@code asNumber}
 * where a value is of another kind), so the Java app compiles as the TypeScript one does. A function CDK has no
 * helper for ({@code Fn::Transform}, {@code Fn::Length}, ...) is written as the map CloudFormation reads.
 */
final class TemplateValues {
    /** What a caller needs: any value, or a value of one Java type. */
    enum Want { ANY, STRING, LIST, NUMBER }

    /** What an expression is, for converting it to what is wanted. */
    private enum Kind { STRING, LIST, NUMBER, LITERAL, OTHER }

    private record Typed(CdkExpr expr, Kind kind) {
    }

    static final CdkType FN = CdkType.core("Fn");
    private static final CdkType TOKEN = CdkType.core("Token");
    private static final CdkType AWS = CdkType.core("Aws");
    private static final Map<String, String> PSEUDO = Map.of("AWS::AccountId", "ACCOUNT_ID", "AWS::Region", "REGION",
            "AWS::StackName", "STACK_NAME", "AWS::StackId", "STACK_ID", "AWS::Partition", "PARTITION",
            "AWS::URLSuffix", "URL_SUFFIX", "AWS::NoValue", "NO_VALUE", "AWS::NotificationARNs", "NOTIFICATION_ARNS");
    private static final Set<String> CONDITION_FUNCTIONS = Set.of("Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not",
            "Condition");

    private final Map<String, CdkExpr> parameters = new HashMap<>();
    private final Map<String, String> parameterTypes = new HashMap<>();
    private final Map<String, CdkExpr> conditions = new HashMap<>();
    private final Map<String, CdkExpr> resources = new HashMap<>();

    void parameter(String name, String type, CdkExpr variable) {
        parameters.put(name, variable);
        parameterTypes.put(name, type == null ? "String" : type);
    }

    void condition(String name, CdkExpr variable) {
        conditions.put(name, variable);
    }

    void resource(String logicalId, CdkExpr variable) {
        resources.put(logicalId, variable);
    }

    CdkExpr conditionVariable(String name) {
        return conditions.get(name);
    }

    CdkExpr resourceVariable(String logicalId) {
        return resources.get(logicalId);
    }

    /** The value as an expression of the wanted kind. */
    CdkExpr value(Object v, Want want) {
        return as(typed(v, want), want);
    }

    /** A condition expression (an {@code ICfnConditionExpression}): of a {@code Conditions} entry or an operand. */
    CdkExpr condition(Object v) {
        Map<String, Object> m = single(v);
        String fn = m == null ? null : m.keySet().iterator().next();
        if (fn == null || !CONDITION_FUNCTIONS.contains(fn)) {
            throw new IllegalArgumentException("not a condition: " + CodeText.comment(String.valueOf(v)));
        }
        Object arg = m.get(fn);
        if (fn.equals("Condition")) {
            CdkExpr variable = conditions.get(String.valueOf(arg));
            if (variable == null) {
                throw new IllegalArgumentException("condition " + CodeText.comment(String.valueOf(arg))
                        + " is not declared");
            }
            return variable;
        }
        List<Object> args = arguments(arg);
        return switch (fn) {
            case "Fn::Equals" -> staticCall(FN, "conditionEquals", value(args.get(0), Want.ANY),
                    value(args.get(1), Want.ANY));
            case "Fn::Not" -> staticCall(FN, "conditionNot", condition(args.get(0)));
            default -> new CdkExpr.StaticCall(FN, fn.equals("Fn::And") ? "conditionAnd" : "conditionOr",
                    args.stream().map(this::condition).toList());
        };
    }

    private Typed typed(Object v, Want want) {
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return new Typed(lit(v), v instanceof String ? Kind.STRING : Kind.LITERAL);
        }
        if (v instanceof List<?> list) {
            Want item = want == Want.LIST ? Want.STRING : Want.ANY;
            List<CdkExpr> items = new ArrayList<>();
            list.stream().filter(i -> i != null).forEach(i -> items.add(value(i, item)));
            return new Typed(CdkExpr.list(items), want == Want.LIST ? Kind.LIST : Kind.OTHER);
        }
        Map<String, Object> m = single(v);
        Typed intrinsic = m == null ? null : intrinsic(m.keySet().iterator().next(), m.values().iterator().next(), want);
        if (intrinsic != null) {
            return intrinsic;
        }
        Map<String, CdkExpr> entries = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> map) {
            map.forEach((k, x) -> {
                if (x != null) {
                    entries.put(String.valueOf(k), value(x, Want.ANY));
                }
            });
        }
        return new Typed(new CdkExpr.MapOf(entries), Kind.OTHER);
    }

    /** An intrinsic function with CDK's own helper, or null to write it as the map it is. */
    private Typed intrinsic(String fn, Object arg, Want want) {
        List<Object> args = arguments(arg);
        return switch (fn) {
            case "Ref" -> arg instanceof String name ? ref(name, want) : null;
            case "Fn::GetAtt" -> getAtt(arg);
            case "Fn::Sub" -> sub(arg);
            case "Fn::Join" -> args.size() == 2 && args.get(0) instanceof String delimiter
                    ? string(staticCall(FN, "join", lit(delimiter), value(args.get(1), Want.LIST))) : null;
            case "Fn::Select" -> args.size() == 2 ? string(staticCall(FN, "select", index(args.get(0)),
                    value(args.get(1), Want.LIST))) : null;
            case "Fn::GetAZs" -> list("".equals(arg) || arg == null ? staticCall(FN, "getAzs")
                    : staticCall(FN, "getAzs", value(arg, Want.STRING)));
            case "Fn::Split" -> args.size() == 2 && args.get(0) instanceof String delimiter
                    ? list(staticCall(FN, "split", lit(delimiter), value(args.get(1), Want.STRING))) : null;
            case "Fn::ImportValue" -> string(staticCall(FN, "importValue", value(arg, Want.STRING)));
            case "Fn::FindInMap" -> args.size() == 3 ? string(new CdkExpr.StaticCall(FN, "findInMap",
                    args.stream().map(a -> value(a, Want.STRING)).toList())) : null;
            case "Fn::If" -> args.size() == 3 && args.get(0) instanceof String condition
                    ? new Typed(staticCall(FN, "conditionIf", lit(condition), value(args.get(1), Want.ANY),
                            value(args.get(2), Want.ANY)), Kind.OTHER) : null;
            case "Fn::Base64" -> string(staticCall(FN, "base64", value(arg, Want.STRING)));
            case "Fn::Cidr" -> args.size() == 3 ? list(staticCall(FN, "cidr", value(args.get(0), Want.STRING),
                    value(args.get(1), Want.NUMBER), value(String.valueOf(args.get(2)), Want.STRING))) : null;
            case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not" -> new Typed(condition(Map.of(fn, arg)), Kind.OTHER);
            default -> null;
        };
    }

    /** A parameter as the kind wanted (a list type as a list, a number only where one is wanted): each is its Ref. */
    private Typed ref(String name, Want want) {
        if (PSEUDO.containsKey(name)) {
            CdkExpr constant = CdkExpr.enumValue(AWS, PSEUDO.get(name));
            return new Typed(constant, name.equals("AWS::NotificationARNs") ? Kind.LIST : Kind.STRING);
        }
        CdkExpr parameter = parameters.get(name);
        if (parameter != null) {
            String type = parameterTypes.get(name);
            if (want != Want.STRING && (type.startsWith("List<") || type.equals("CommaDelimitedList"))) {
                return list(CdkExpr.get(parameter, "valueAsList"));
            }
            return want == Want.NUMBER && type.equals("Number")
                    ? new Typed(CdkExpr.get(parameter, "valueAsNumber"), Kind.NUMBER)
                    : string(CdkExpr.get(parameter, "valueAsString"));
        }
        CdkExpr resource = resources.get(name);
        return string(resource != null ? CdkExpr.get(resource, "ref") : staticCall(FN, "ref", lit(name)));
    }

    private Typed getAtt(Object arg) {
        List<Object> args = arguments(arg);
        if (arg instanceof String dotted && dotted.indexOf('.') > 0) {
            args = List.of(dotted.substring(0, dotted.indexOf('.')), dotted.substring(dotted.indexOf('.') + 1));
        }
        if (args.size() != 2 || !(args.get(0) instanceof String id) || !(args.get(1) instanceof String attribute)) {
            return null;
        }
        CdkExpr resource = resources.get(id);
        return new Typed(resource != null ? CdkExpr.call(resource, "getAtt", lit(attribute))
                : staticCall(FN, "getAtt", lit(id), lit(attribute)), Kind.OTHER);
    }

    private Typed sub(Object arg) {
        if (arg instanceof String body) {
            return string(staticCall(FN, "sub", lit(body)));
        }
        List<Object> args = arguments(arg);
        if (args.size() != 2 || !(args.get(0) instanceof String body) || !(args.get(1) instanceof Map<?, ?> vars)) {
            return null;
        }
        Map<String, CdkExpr> variables = new LinkedHashMap<>();
        vars.forEach((k, x) -> variables.put(String.valueOf(k), value(x, Want.STRING)));
        return string(staticCall(FN, "sub", lit(body), new CdkExpr.MapOf(variables)));
    }

    /** {@code Fn::Select}'s index as the number CDK takes (templates often write it as a string). */
    private CdkExpr index(Object index) {
        if (index instanceof String s && s.matches("\\d{1,9}")) {
            return lit(Integer.parseInt(s));
        }
        return value(index, Want.NUMBER);
    }

    private CdkExpr as(Typed t, Want want) {
        return switch (want) {
            case ANY -> t.expr();
            case STRING -> t.kind() == Kind.STRING ? t.expr() : t.kind() == Kind.LITERAL
                    ? lit(String.valueOf(((CdkExpr.Literal) t.expr()).value()))
                    : staticCall(TOKEN, "asString", t.expr());
            case LIST -> t.kind() == Kind.LIST ? t.expr() : staticCall(TOKEN, "asList", t.expr());
            case NUMBER -> t.kind() == Kind.NUMBER ? t.expr() : number(t);
        };
    }

    private static CdkExpr number(Typed t) {
        if (t.expr() instanceof CdkExpr.Literal l) {
            if (l.value() instanceof Number) {
                return l;
            }
            if (l.value() instanceof String s && s.matches("-?\\d{1,9}")) {
                return lit(Integer.parseInt(s));
            }
        }
        return staticCall(TOKEN, "asNumber", t.expr());
    }

    private static Typed string(CdkExpr e) {
        return new Typed(e, Kind.STRING);
    }

    private static Typed list(CdkExpr e) {
        return new Typed(e, Kind.LIST);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> single(Object v) {
        return v instanceof Map<?, ?> m && m.size() == 1 && m.keySet().iterator().next() instanceof String key
                && (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) ? (Map<String, Object>) m
                : null;
    }

    private static List<Object> arguments(Object arg) {
        return arg instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }
}
