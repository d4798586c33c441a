package dev.archway.app.doctor;

import java.util.List;

/** A program Archway does not need but works with: its command, and what having it on the PATH enables. */
public record OptionalTool(String command, String enables) {

    /** What {@code archway doctor} looks for, in the order it lists them. */
    public static final List<OptionalTool> ALL = List.of(
            new OptionalTool("cfn-lint", "AWS's CloudFormation linter, a second opinion on exported templates "
                    + "(cfn-lint TEMPLATE) beside archway validate"),
            new OptionalTool("node", "Node.js, which the AWS CDK CLI runs on: cdk synth and cdk deploy of an "
                    + "exported CDK app (export --to cdk-ts or cdk-java)"),
            new OptionalTool("npm", "installs an exported cdk-ts app's dependencies (npm install) and the CDK CLI "
                    + "(npm install -g aws-cdk)"),
            new OptionalTool("cdk", "the AWS CDK CLI: synthesizes and deploys an exported CDK app"),
            new OptionalTool("mvn", "Maven, with which the CDK CLI builds an exported cdk-java app"),
            new OptionalTool("aws", "the AWS CLI: deploys an exported template (aws cloudformation deploy)"));
}
