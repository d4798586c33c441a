package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One statement list, two languages: what each renderer prints for the same expressions. */
class StackRenderersTest {
    private static final CdkType SG = CdkType.ec2("SecurityGroup");

    private static CdkStack stack(CdkStatement... statements) {
        return new CdkStack("DemoStack", "eu-west-1", "demo", List.of(statements));
    }

    private static CdkStatement.Declare securityGroup() {
        return new CdkStatement.Declare("webSg", SG, new CdkExpr.Construct(SG, "WebSg",
                Map.of("vpc", CdkExpr.var("vpc"))));
    }

    @Test
    void constructsAreBuildersInJavaAndNewWithPropsInTypeScript() {
        CdkStack stack = stack(securityGroup());
        assertTrue(new JavaStackRenderer(stack).stackSource().contains(
                "        SecurityGroup webSg = SecurityGroup.Builder.create(this, \"WebSg\")\n"
                        + "                .vpc(vpc)\n"
                        + "                .build();\n"));
        assertTrue(new TsStackRenderer(stack).stackSource().contains(
                "    const webSg = new ec2.SecurityGroup(this, 'WebSg', {\n      vpc,\n    });\n"));
    }

    @Test
    void propertyReadsAreGettersInJava() {
        CdkExpr peer = CdkExpr.staticCall(CdkType.ec2("Peer"), "securityGroupId",
                CdkExpr.get(CdkExpr.var("albSg"), "securityGroupId"));
        CdkStack stack = stack(new CdkStatement.Evaluate(CdkExpr.call(CdkExpr.var("webSg"), "addIngressRule", peer,
                CdkExpr.staticCall(CdkType.ec2("Port"), "tcp", CdkExpr.lit(80)))));
        assertEquals("webSg.addIngressRule(Peer.securityGroupId(albSg.getSecurityGroupId()), Port.tcp(80))",
                new JavaStackRenderer(stack).expr(((CdkStatement.Evaluate) stack.statements().get(0)).value(), ""));
        assertEquals("webSg.addIngressRule(ec2.Peer.securityGroupId(albSg.securityGroupId), ec2.Port.tcp(80))",
                new TsStackRenderer(stack).expr(((CdkStatement.Evaluate) stack.statements().get(0)).value(), ""));
    }

    @Test
    void sameSimpleNameFromTwoModulesIsQualifiedInJava() {
        CdkStack stack = stack(new CdkStatement.Evaluate(CdkExpr.list(List.of(
                CdkExpr.enumValue(CdkType.elbv2("Protocol"), "TCP"), CdkExpr.enumValue(CdkType.ec2("Protocol"), "TCP")))));
        String source = new JavaStackRenderer(stack).stackSource();
        assertTrue(source.contains("List.of(\n"
                + "                software.amazon.awscdk.services.elasticloadbalancingv2.Protocol.TCP,\n"
                + "                software.amazon.awscdk.services.ec2.Protocol.TCP);"), source);
        assertTrue(!source.contains("import software.amazon.awscdk.services.ec2.Protocol;"), source);
    }

    @Test
    void largeMapsUseMapOfEntriesInJava() {
        Map<String, CdkExpr> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("k" + i, CdkExpr.lit(i));
        }
        String java = new JavaStackRenderer(stack()).expr(new CdkExpr.MapOf(entries), "");
        assertTrue(java.startsWith("Map.ofEntries(\n        Map.entry(\"k0\", 0),"), java);
    }

    @Test
    void stringsAreEscapedForEachLanguage() {
        assertEquals("\"say \\\"hi\\\"\\n\"", JavaStackRenderer.string("say \"hi\"\n"));
        assertEquals("'it\\'s'", TsStackRenderer.string("it's"));
    }

    @Test
    void unreadVariablesBecomePlainStatements() {
        CdkStack stack = stack(securityGroup()).withoutUnusedVariables();
        assertTrue(stack.statements().get(0) instanceof CdkStatement.Evaluate);
    }
}
