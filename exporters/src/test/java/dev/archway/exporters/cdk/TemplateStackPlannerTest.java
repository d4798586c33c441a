package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: an imported template that says things symbolically becomes CDK code that says them the same way, in
 * both languages (the synthesized templates are compared in {@link CdkImportedTemplatesTest}; this test needs no
 * Node.js).
 */
class TemplateStackPlannerTest {
    private static Design design;
    private static String java;
    private static String ts;

    @BeforeAll
    static void export() throws Exception {
        design = new CfnImporter().importTemplate(Path.of("src/test/resources/cdk/symbolic-template.yaml"));
        java = new CdkJavaExporter().render(design).files().get("src/main/java/com/myorg/SymbolicTemplateStack.java");
        ts = new CdkTsExporter().render(design).files().get("lib/symbolic-template-stack.ts");
    }

    @Test
    void theLoadBalancerAndItsGroupAreModelledInTheOutsideVpc() {
        assertEquals(1, design.all(LoadBalancer.class).size());
        assertEquals(1, design.all(SecurityGroup.class).size());
    }

    @Test
    void parametersKeepTheirTypesAndDefaults() {
        says(java, "CfnParameter vpcId = CfnParameter.Builder.create(this, \"VpcId\")\n"
                + "                .type(\"AWS::EC2::VPC::Id\")", ".defaultValue(\"10.0.0.0/8\")",
                ".allowedValues(List.of(\"prod\", \"dev\"))");
        says(ts, "new cdk.CfnParameter(this, 'Environment', {", "default: 'dev',");
    }

    @Test
    void conditionsAreDeclaredWithTheConditionFunctions() {
        says(java, ".expression(Fn.conditionEquals(theEnvironment.getValueAsString(), \"prod\"))",
                ".expression(Fn.conditionAnd(isProdCondition, Fn.conditionEquals(Aws.REGION, \"us-east-1\")))",
                ".expression(Fn.conditionNot(isProdCondition))", "logs.getCfnOptions().setCondition(isProdCondition);");
        says(ts, "logs.cfnOptions.condition = isProdCondition;");
    }

    @Test
    void expressionsAreWrittenWithFnAndAws() {
        says(java, "\"CidrIp\", clientCidr.getValueAsString()", "\"Subnets\", publicSubnets.getValueAsList()",
                "List.of(lbSecurityGroup.getAtt(\"GroupId\"))", "Fn.select(0, Fn.getAzs())",
                "Fn.findInMap(\"Sizes\", theEnvironment.getValueAsString(), \"Count\")",
                "Fn.importValue(\"shared-vpc-id\")",
                "Fn.conditionIf(\"IsProdInUsEast\", Fn.join(\"-\", List.of(\"team\", Aws.REGION)), Aws.NO_VALUE)",
                "Fn.sub(\"${AWS::StackName}-logs-${AWS::AccountId}\")");
        says(ts, "cdk.Fn.select(0, cdk.Fn.getAzs())");
    }

    @Test
    void theOutsideVpcIsReferencedNeverCreated() {
        says(java, "\"VpcId\", vpcId.getValueAsString()");
        assertFalse(java.contains("AWS::EC2::VPC\"") || java.contains("CfnVPC"), java);
    }

    @Test
    void resourcesAndOutputsKeepTheirLogicalIds() {
        says(java, "CfnResource.Builder.create(this, \"LbSecurityGroup\")",
                "logs.addOverride(\"DeletionPolicy\", \"Retain\");", "CfnOutput.Builder.create(this, \"LbDns\")",
                ".exportName(Fn.sub(\"${AWS::StackName}-LbDns\"))", ".condition(isProdCondition)");
        assertFalse(java.contains("create(this, \"LbDnsName\")"), "no output the template did not have: " + java);
    }

    private static void says(String source, String... snippets) {
        for (String snippet : snippets) {
            assertTrue(source.contains(snippet), snippet + " in:\n" + source);
        }
    }
}
