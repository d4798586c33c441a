package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Design;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.stacks.CfnResourceCount;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Groups that refer to each other, the cycle broken as CloudFormation needs it: the app group's inline rule names
 * the bastion group, the bastion group's rule back to the app group is a resource of its own. Import then export
 * writes the same resources, each as it was, and adds none.
 */
class SecurityGroupStandaloneRulesTest {
    private static final Path FILE = Path.of("groups.yaml");
    private static final String TEMPLATE = "Resources:\n" + CorpusFidelity.VPC_TWO_SUBNETS + """
              AppSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: app
                  VpcId: !Ref Vpc
                  SecurityGroupIngress:
                    - SourceSecurityGroupId: !Ref BastionSg
                      IpProtocol: tcp
                      FromPort: 22
                      ToPort: 22
              BastionSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: bastion
                  VpcId: !Ref Vpc
                  SecurityGroupEgress:
                    - CidrIp: 0.0.0.0/0
                      IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
              BastionToApp:
                Type: AWS::EC2::SecurityGroupEgress
                Properties:
                  GroupId: !Ref BastionSg
                  IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  DestinationSecurityGroupId: !Ref AppSg
            """;

    @Test
    void aRuleInItsOwnResourceBreaksTheCycleSoNoGroupMovesItsRulesOutOfLine() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        CfnResourceCount counts = new CfnResourceCount(design);
        List<SecurityGroup> groups = design.all(SecurityGroup.class);
        assertEquals(2, groups.size());
        assertTrue(groups.stream().noneMatch(counts::isCyclic), "the model's rules cycle, the template's do not");
    }

    @Test
    void exportWritesTheTemplateBackAsReadAndAddsNothing() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertEquals(List.of(), CorpusFidelity.changedByExport(TEMPLATE, design, FILE));
    }
}
