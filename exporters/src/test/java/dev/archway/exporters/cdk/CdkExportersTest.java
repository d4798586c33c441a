package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.formats.Exporters;
import dev.archway.model.Design;
import dev.archway.model.SyntheticDesigns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CDK exporters are registered and lay out their projects as the CDK CLI expects. */
class CdkExportersTest {

    @Test
    void registersBothLanguagesById() {
        assertEquals("CDK app (Java)", Exporters.byId("cdk-java").orElseThrow().displayName());
        assertEquals("CDK app (TypeScript)", Exporters.byId("cdk-ts").orElseThrow().displayName());
    }

    @Test
    void javaAppIsAMavenProjectWithAppAndStackClasses() {
        ExportOutput out = new CdkJavaExporter().render(CdkFixtures.tiny());
        assertTrue(out.directory());
        assertEquals(List.of("pom.xml", "cdk.json", "src/main/java/com/myorg/TinyApp.java",
                "src/main/java/com/myorg/TinyStack.java", "README.md"), List.copyOf(out.files().keySet()));
        assertTrue(out.files().get("pom.xml").contains("<version>${cdk.version}</version>"));
        assertTrue(out.files().get("pom.xml").contains("<cdk.version>2.263.0</cdk.version>"));
        assertTrue(out.files().get("pom.xml").contains("<mainClass>com.myorg.TinyApp</mainClass>"));
    }

    @Test
    void typeScriptAppFollowsCdkInitLayout() {
        ExportOutput out = new CdkTsExporter().render(CdkFixtures.tiny());
        assertEquals(List.of("package.json", "cdk.json", "tsconfig.json", "bin/tiny-app.ts", "lib/tiny-stack.ts",
                ".gitignore", "README.md"), List.copyOf(out.files().keySet()));
        assertTrue(out.files().get("package.json").contains("\"aws-cdk-lib\": \"2.263.0\""));
        assertEquals("{\n  \"app\": \"npx ts-node --prefer-ts-exts bin/tiny-app.ts\"\n}\n", out.files().get("cdk.json"));
    }

    /** Past CloudFormation's 500 resources (CDK's count): a top-level stack builds one nested stack per plan part. */
    @Test
    void largeDesignIsATopLevelStackOfNestedStacksInBothLanguages() {
        Design design = SyntheticDesigns.generate(600);
        Map<String, String> java = new CdkJavaExporter().render(design).files();
        String parent = java.get("src/main/java/com/myorg/Synthetic600Stack.java");
        assertTrue(parent.contains("NetworkStack network = new NetworkStack(this, \"network\");"), parent);
        assertTrue(parent.contains("lbV0AlbProps.v0AlbSg = network.v0AlbSg;"), parent);
        String lb = java.get("src/main/java/com/myorg/LbV0AlbStack.java");
        assertTrue(lb.contains("public class LbV0AlbStack extends NestedStack {"));
        assertTrue(lb.contains("        public SecurityGroup v0AlbSg;"), lb);
        assertTrue(java.get("README.md").contains("one nested stack per part: network, dns, "));
        Map<String, String> ts = new CdkTsExporter().render(design).files();
        assertTrue(ts.get("lib/synthetic600-stack.ts").contains("      v0AlbSg: network.v0AlbSg,"));
        assertTrue(ts.get("lib/lb-v0-alb-stack.ts").contains("export class LbV0AlbStack extends cdk.NestedStack {"));
        assertTrue(ts.get("lib/network-stack.ts").contains("  readonly v0AlbSg: ec2.SecurityGroup;"));
    }

    @Test
    void usesIdiomaticL2ConstructsForLoadBalancing() {
        String stack = new CdkJavaExporter().render(CdkFixtures.shop()).files()
                .get("src/main/java/com/myorg/ShopStack.java");
        for (String idiom : List.of("ApplicationLoadBalancer.Builder.create(this, \"WebAlb\")",
                "webAlb.addListener(\"Https\"", "ListenerCondition.hostHeaders(List.of(\"api.shop.example.com\"))",
                "ListenerCondition.pathPatterns(List.of(\"/cart/*\"))", "ListenerAction.redirect(RedirectOptions",
                "ListenerAction.fixedResponse(404", "ListenerAction.forward(List.of(apiTg))",
                "NetworkLoadBalancer.Builder.create(this, \"GatewayNlb\")",
                "webSg.addIngressRule(Peer.securityGroupId(albSg.getSecurityGroupId()), Port.tcp(80), \"from AlbSg:tcp/80\")",
                "ListenerCertificate.fromCertificateManager(shopCert)", "CertificateValidation.fromDns(shopZone)",
                ".writer(ClusterInstance.provisioned(\"OrdersWriter\"",
                "RecordTarget.fromAlias(new LoadBalancerTarget(webAlb))")) {
            assertTrue(stack.contains(idiom), "missing " + idiom + " in\n" + stack);
        }
    }
}
