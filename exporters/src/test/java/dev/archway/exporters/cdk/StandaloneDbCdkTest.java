package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.model.Design;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An RDS instance outside Aurora and its read replica become CfnDBInstances over their DB subnet group. */
class StandaloneDbCdkTest {
    private static final String TEMPLATE = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties: {CidrBlock: 10.0.0.0/16}
              SubnetA:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a}
              SubnetB:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: us-east-1b}
              DbSubnets:
                Type: AWS::RDS::DBSubnetGroup
                Properties: {DBSubnetGroupDescription: db, SubnetIds: [!Ref SubnetA, !Ref SubnetB]}
              DbSg:
                Type: AWS::EC2::SecurityGroup
                Properties: {GroupDescription: db, VpcId: !Ref Vpc}
              Replica:
                Type: AWS::RDS::DBInstance
                Properties: {SourceDBInstanceIdentifier: !Ref Main, DBInstanceClass: db.t3.medium}
              Main:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t3.medium
                  AllocatedStorage: 20
                  StorageEncrypted: true
                  BackupRetentionPeriod: 7
                  MultiAZ: true
                  DBSubnetGroupName: !Ref DbSubnets
                  VPCSecurityGroups: [!GetAtt DbSg.GroupId]
            """;

    @Test
    void theInstanceAndItsReplicaAreDeclaredSourceFirst() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, Path.of("rds.yaml"));
        String ts = new CdkTsExporter().render(design).files().values().stream()
                .filter(f -> f.contains("CfnDBInstance")).findFirst().orElseThrow();
        int main = ts.indexOf("new rds.CfnDBInstance(this, 'Main'");
        int replica = ts.indexOf("new rds.CfnDBInstance(this, 'Replica'");
        assertTrue(main > 0 && replica > main, ts);
        assertTrue(ts.contains("new rds.SubnetGroup(this, 'DbSubnets'"), ts);
        assertTrue(ts.contains("sourceDbInstanceIdentifier: main.ref") && ts.contains("multiAz: true")
                && ts.contains("engine: 'postgres'"), ts);
        String mainProps = ts.substring(main, replica);
        assertTrue(mainProps.contains("allocatedStorage: '20'") && mainProps.contains("masterUsername: 'admin'")
                && mainProps.contains("manageMasterUserPassword: true"), "a new primary has storage and a user: " + ts);
        assertTrue(!ts.substring(replica).contains("allocatedStorage"), "a replica has its source's");
    }

    /** What the template said beyond the model (encryption, backups) reaches the app as property overrides. */
    @Test
    void theInstanceKeepsWhatItsTemplateSaidBeyondTheModel() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, Path.of("rds.yaml"));
        String ts = String.join("\n", new CdkTsExporter().render(design).files().values());
        assertTrue(ts.contains("main.addPropertyOverride('BackupRetentionPeriod', 7);")
                && ts.contains("main.addPropertyOverride('StorageEncrypted', true);"), ts);
        assertTrue(!ts.contains("addPropertyOverride('AllocatedStorage'"), "written once, as a prop: " + ts);
    }
}
