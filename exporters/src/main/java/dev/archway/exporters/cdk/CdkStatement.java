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
}
