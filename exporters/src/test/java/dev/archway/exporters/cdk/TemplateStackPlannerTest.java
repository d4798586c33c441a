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
        assertTrue(java.contains("CfnParameter vpcId = CfnParameter.Builder.create(this, \"VpcId\")\n"
                + "                .type(\"AWS::EC2::VPC::Id\")"), java);
        assertTrue(java.contains(".defaultValue(\"10.0.0.0/8\")"), java);
        assertTrue(java.contains(".allowedValues(List.of(\"prod\", \"dev\"))"), java);
        assertTrue(ts.contains("new cdk.CfnParameter(this, 'Environment', {"), ts);
        assertTrue(ts.contains("default: 'dev',"), ts);
    }

    @Test
    void conditionsAreDeclaredWithTheConditionFunctions() {
        assertTrue(java.contains(".expression(Fn.conditionEquals(theEnvironment.getValueAsString(), \"prod\"))"), java);
        assertTrue(java.contains(".expression(Fn.conditionAnd(isProdCondition, Fn.conditionEquals(Aws.REGION,"
                + " \"us-east-1\")))"), java);
        assertTrue(java.contains(".expression(Fn.conditionNot(isProdCondition))"), java);
        assertTrue(java.contains("logs.getCfnOptions().setCondition(isProdCondition);"), java);
        assertTrue(ts.contains("logs.cfnOptions.condition = isProdCondition;"), ts);
    }

    @Test
    void expressionsAreWrittenWithFnAndAws() {
        assertTrue(java.contains("\"CidrIp\", clientCidr.getValueAsString()"), java);
        assertTrue(java.contains("\"Subnets\", publicSubnets.getValueAsList()"), java);
        assertTrue(java.contains("Token.asString(lbSecurityGroup.getAtt(\"GroupId\"))")
                || java.contains("lbSecurityGroup.getAtt(\"GroupId\")"), java);
        assertTrue(java.contains("Fn.select(0, Fn.getAzs())"), java);
        assertTrue(java.contains("Fn.findInMap(\"Sizes\", theEnvironment.getValueAsString(), \"Count\")"), java);
        assertTrue(java.contains("Fn.importValue(\"shared-vpc-id\")"), java);
        assertTrue(java.contains("Fn.conditionIf(\"IsProdInUsEast\", Fn.join(\"-\", List.of(\"team\", Aws.REGION)),"
                + " Aws.NO_VALUE)"), java);
        assertTrue(java.contains("Fn.sub(\"${AWS::StackName}-logs-${AWS::AccountId}\")"), java);
        assertTrue(ts.contains("cdk.Fn.select(0, cdk.Fn.getAzs())"), ts);
    }

    @Test
    void theOutsideVpcIsReferencedNeverCreated() {
        assertTrue(java.contains("\"VpcId\", vpcId.getValueAsString()"), java);
        assertFalse(java.contains("AWS::EC2::VPC\"") || java.contains("CfnVPC"), java);
    }

    @Test
    void resourcesAndOutputsKeepTheirLogicalIds() {
        assertTrue(java.contains("CfnResource.Builder.create(this, \"LbSecurityGroup\")"), java);
        assertTrue(java.contains("logs.addOverride(\"DeletionPolicy\", \"Retain\");"), java);
        assertTrue(java.contains("CfnOutput.Builder.create(this, \"LbDns\")"), java);
        assertTrue(java.contains(".exportName(Fn.sub(\"${AWS::StackName}-LbDns\"))"), java);
        assertTrue(java.contains(".condition(isProdCondition)"), java);
        assertFalse(java.contains("create(this, \"LbDnsName\")"), "no output the template did not have: " + java);
    }
}
