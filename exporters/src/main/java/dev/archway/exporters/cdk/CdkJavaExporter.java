package dev.archway.exporters.cdk;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.Exporter;
import dev.archway.model.Design;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --to cdk-java}: a Maven CDK app (pom.xml, cdk.json, an app class and a stack class) that {@code cdk synth}
 * and {@code cdk deploy} turn into the design.
 */
public final class CdkJavaExporter implements Exporter {
    /** The aws-cdk-lib release the generated apps are written for and tested against. */
    public static final String CDK_VERSION = "2.263.0";
    static final String CONSTRUCTS_VERSION = "10.8.0";

    @Override
    public String id() {
        return "cdk-java";
    }

    @Override
    public String displayName() {
        return "CDK app (Java)";
    }

    @Override
    public ExportOutput render(Design design) {
        CdkApp app = new CdkStackPlanner().app(design);
        CdkStack stack = app.stack();
        JavaStackRenderer renderer = new JavaStackRenderer(stack);
        String appClass = appClassName(stack);
        String dir = "src/main/java/" + JavaStackRenderer.PACKAGE.replace('.', '/') + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", pom(appClass));
        files.put("cdk.json", "{\n  \"app\": \"mvn -e -q compile exec:java\"\n}\n");
        files.put(dir + appClass + ".java", renderer.appSource(appClass, stack.className()));
        if (app.isSplit()) {
            files.put(dir + stack.className() + ".java", new ParentStackRenderer(stack, app.nested()).java());
            for (CdkNestedStack nested : app.nested()) {
                CdkStack part = nested.asStack(stack.region(), partOf(design));
                files.put(dir + nested.className() + ".java", new JavaStackRenderer(part, nested).stackSource());
            }
        } else {
            files.put(dir + stack.className() + ".java", renderer.stackSource());
        }
        files.put("README.md", readme(design, app));
        return ExportOutput.directory(files);
    }

    /** The region of the stack, or for an environment-agnostic one (an imported template's) where the CLI points. */
    static String deploysTo(CdkStack stack) {
        return stack.region() != null ? stack.region()
                : "the account and region the CDK CLI is configured for, as the template it was imported from";
    }

    static String appClassName(CdkStack stack) {
        return stack.className().substring(0, stack.className().length() - "Stack".length()) + "App";
    }

    private static String pom(String appClass) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.myorg</groupId>
                  <artifactId>%s</artifactId>
                  <version>0.1</version>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <cdk.version>%s</cdk.version>
                    <constructs.version>%s</constructs.version>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>software.amazon.awscdk</groupId>
                      <artifactId>aws-cdk-lib</artifactId>
                      <version>${cdk.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>software.constructs</groupId>
                      <artifactId>constructs</artifactId>
                      <version>${constructs.version}</version>
                    </dependency>
                  </dependencies>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.codehaus.mojo</groupId>
                        <artifactId>exec-maven-plugin</artifactId>
                        <version>3.5.0</version>
                        <configuration>
                          <mainClass>%s.%s</mainClass>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(CdkNames.kebab(appClass), CDK_VERSION, CONSTRUCTS_VERSION, JavaStackRenderer.PACKAGE,
                appClass);
    }

    /** How a nested stack's comment names the design it is part of. */
    static String partOf(Design design) {
        return "the " + design.name() + " design";
    }

    private static String readme(Design design, CdkApp app) {
        CdkStack stack = app.stack();
        return "# " + design.name() + "\n\n"
                + "A CDK app (Java, aws-cdk-lib " + CDK_VERSION + ") generated by Archway from the design \""
                + design.name() + "\". It deploys to " + deploysTo(stack) + ".\n\n"
                + "    cdk synth     # writes cdk.out/" + stack.className() + ".template.json\n"
                + "    cdk deploy\n\n"
                + nestedStacksNote(app)
                + "Needs JDK 17+, Maven, Node.js and the CDK CLI (`npm install -g aws-cdk`).\n";
    }

    /** For a split app: what the nested stacks are and that one deploy handles them. */
    static String nestedStacksNote(CdkApp app) {
        if (!app.isSplit()) {
            return "";
        }
        return "The design is past what one CloudFormation stack may hold (500 resources, 200 parameters, 200"
                + " outputs), so " + app.stack().className() + " holds one nested stack per part: "
                + String.join(", ", app.nested().stream().map(CdkNestedStack::partName).toList()) + ". `cdk synth`"
                + " also writes their templates (`cdk.out/*.nested.template.json`); `cdk deploy` uploads and deploys"
                + " them with the top-level stack, as one deployment.\n\n";
    }
}
