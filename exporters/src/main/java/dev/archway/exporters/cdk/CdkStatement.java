package dev.archway.exporters.cdk;

/** A statement in the body of a generated stack's constructor. */
public interface CdkStatement {

    /** {@code Type name = value;} in Java (type null: {@code var}), {@code const name = value;} in TypeScript. */
    record Declare(String name, CdkType type, CdkExpr value) implements CdkStatement {
    }

    /** An expression evaluated for its effect: {@code sg.addIngressRule(...);}. */
    record Evaluate(CdkExpr value) implements CdkStatement {
    }

    /** A line comment; a blank line precedes it, so comments also separate the parts of the stack. */
    record Comment(String text) implements CdkStatement {
    }

    /** {@code var name = new LinkedHashMap<String, Object>();} / {@code const name: Record<string, unknown> = {};} */
    record DeclareMap(String name) implements CdkStatement {
    }

    /** {@code var name = new ArrayList<Object>();} / {@code const name: unknown[] = [];} */
    record DeclareList(String name) implements CdkStatement {
    }

    /** {@code map.put(key, value);} / {@code map[key] = value;} */
    record Put(String map, CdkExpr key, CdkExpr value) implements CdkStatement {
    }

    /** {@code target.setProperty(value);} in Java, {@code target.property = value;} in TypeScript. */
    record Assign(CdkExpr target, String property, CdkExpr value) implements CdkStatement {
    }

    /** {@code list.add(value);} / {@code list.push(value);} */
    record Append(String list, CdkExpr value) implements CdkStatement {
    }
}
