package dev.archway.exporters.cdk;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expression of a generated CDK app, written once and rendered as Java or TypeScript. It covers what construct
 * code needs: constructing ({@code new X(this, "Id", props)}), structs, static factories, method calls, property
 * reads, lists, maps, enum values and literals.
 */
public interface CdkExpr {

    /** A string, number or boolean literal. */
    record Literal(Object value) implements CdkExpr {
    }

    /** A local variable, or {@code this} (the stack). */
    record Variable(String name) implements CdkExpr {
    }

    /** A construct: {@code new Type(this, "id", { props })}. */
    record Construct(CdkType type, String id, Map<String, CdkExpr> props) implements CdkExpr {
        public Construct {
            props = new LinkedHashMap<>(props);
        }
    }

    /** A new object that is not a construct: {@code new Type(args)}. */
    record NewObject(CdkType type, List<CdkExpr> args) implements CdkExpr {
    }

    /** A struct (props object): {@code Type.builder()...build()} in Java, an object literal in TypeScript. */
    record Struct(CdkType type, Map<String, CdkExpr> props) implements CdkExpr {
        public Struct {
            props = new LinkedHashMap<>(props);
        }
    }

    record StaticCall(CdkType type, String method, List<CdkExpr> args) implements CdkExpr {
    }

    record Call(CdkExpr target, String method, List<CdkExpr> args) implements CdkExpr {
    }

    /** A property read: {@code target.getRef()} in Java, {@code target.ref} in TypeScript. */
    record Get(CdkExpr target, String property) implements CdkExpr {
    }

    record ListOf(List<CdkExpr> items) implements CdkExpr {
    }

    record MapOf(Map<String, CdkExpr> entries) implements CdkExpr {
        public MapOf {
            entries = new LinkedHashMap<>(entries);
        }
    }

    /** A map whose keys are computed (tokens such as a logical id): {@code Map.ofEntries} / {@code { [key]: value }}. */
    record Entries(List<Map.Entry<CdkExpr, CdkExpr>> entries) implements CdkExpr {
        public Entries {
            entries = List.copyOf(entries);
        }
    }

    /** A constant of an enum-like class; the name is code, so it must be an identifier, whatever a template says. */
    record EnumValue(CdkType type, String constant) implements CdkExpr {
        public EnumValue {
            if (constant == null || !constant.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("'" + CodeText.comment(String.valueOf(constant)) + "' is not a "
                        + type.name() + " value");
            }
        }
    }

    /** A downcast, for escape hatches to the L1 resource under an L2 construct. */
    record Cast(CdkType type, CdkExpr value) implements CdkExpr {
    }

    CdkExpr THIS = new Variable("this");

    static CdkExpr lit(Object value) {
        return new Literal(value);
    }

    static CdkExpr var(String name) {
        return new Variable(name);
    }

    static CdkExpr list(List<CdkExpr> items) {
        return new ListOf(List.copyOf(items));
    }

    static CdkExpr strings(List<String> values) {
        return new ListOf(values.stream().map(CdkExpr::lit).toList());
    }

    static CdkExpr call(CdkExpr target, String method, CdkExpr... args) {
        return new Call(target, method, Arrays.asList(args));
    }

    static CdkExpr staticCall(CdkType type, String method, CdkExpr... args) {
        return new StaticCall(type, method, Arrays.asList(args));
    }

    static CdkExpr get(CdkExpr target, String property) {
        return new Get(target, property);
    }

    static CdkExpr enumValue(CdkType type, String constant) {
        return new EnumValue(type, constant);
    }

    static CdkExpr newObject(CdkType type, CdkExpr... args) {
        return new NewObject(type, Arrays.asList(args));
    }
}
