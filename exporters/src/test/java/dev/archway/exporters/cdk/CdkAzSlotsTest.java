package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A template whose only expressions are its subnets' AZ slots becomes a CDK app that says them the same way. */
class CdkAzSlotsTest {
    private static final String TEMPLATE = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties: {CidrBlock: 10.0.0.0/16}
              A:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs '']}
              B:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [1, !GetAZs '']}
            """;

    @Test
    void bothLanguagesSelectFromTheRegionsZones() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, Path.of("slots.yaml"));
        String ts = new CdkTsExporter().render(design).files().get("lib/slots-stack.ts");
        String java = new CdkJavaExporter().render(design).files().get("src/main/java/com/myorg/SlotsStack.java");
        for (String code : new String[] {ts, java}) {
            for (int index = 0; index < 2; index++) {
                assertTrue(Pattern.compile("Fn\\.select\\(" + index + ", (cdk\\.)?Fn\\.getAzs\\(\\)\\)").matcher(code)
                        .find(), code);
            }
            assertFalse(code.contains("us-east-1a"), code);
        }
    }
}
