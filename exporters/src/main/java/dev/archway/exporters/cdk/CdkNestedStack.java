package dev.archway.exporters.cdk;

import java.util.List;

/**
 * One nested stack of a split app: the plan part it holds ({@code network}, {@code lb-web-alb}: the names of the
 * CloudFormation export's nested stacks), its class, the statements of its constructor, the constructs it takes
 * from stacks built before it ({@code inputs}, passed in as typed props; CDK turns the values they carry into
 * Parameters and Outputs) and those it hands on ({@code exports}, public fields).
 */
public record CdkNestedStack(String partName, String className, List<CdkStatement> statements, List<Field> inputs,
        List<Field> exports) {

    /** A construct passed between stacks: its variable name, its type and the part that builds it. */
    public record Field(String name, CdkType type, String fromPart) {
    }

    public CdkNestedStack {
        statements = List.copyOf(statements);
        inputs = List.copyOf(inputs);
        exports = List.copyOf(exports);
    }

    /** The statements as a stack, for the renderers' expression and statement printing. */
    CdkStack asStack(String region, String description) {
        return new CdkStack(className, region, description, statements);
    }
}
