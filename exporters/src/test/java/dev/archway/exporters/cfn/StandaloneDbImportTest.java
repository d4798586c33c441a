package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.db.DbInstance;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RDS DB instances outside Aurora are modelled: engine, subnet group, security groups, Multi-AZ, read replicas of
 * another instance; export writes them back exactly as read, and validation finds nothing false about them.
 */
class StandaloneDbImportTest {
    private static final Path FILE = Path.of("rds.yaml");
    static final String TEMPLATE = """
            Parameters:
              DBUser:
                Type: String
                NoEcho: true
            Resources:
            """ + CorpusFidelity.VPC_TWO_SUBNETS + """
              DbSubnets:
                Type: AWS::RDS::DBSubnetGroup
                Properties:
                  DBSubnetGroupDescription: db
                  SubnetIds: [!Ref SubnetA, !Ref SubnetB]
              AppSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: app
                  VpcId: !Ref Vpc
              DbSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: db
                  VpcId: !Ref Vpc
                  SecurityGroupIngress:
                    IpProtocol: tcp
                    FromPort: 3306
                    ToPort: 3306
                    SourceSecurityGroupId: !GetAtt AppSg.GroupId
              MainDB:
                Type: AWS::RDS::DBInstance
                DeletionPolicy: Snapshot
                Properties:
                  Engine: MySQL
                  DBInstanceClass: db.t3.medium
                  AllocatedStorage: '20'
                  MasterUsername: !Ref DBUser
                  ManageMasterUserPassword: true
                  MultiAZ: 'true'
                  DBSubnetGroupName: !Ref DbSubnets
                  VPCSecurityGroups: [!GetAtt DbSg.GroupId]
              ReplicaDB:
                Type: AWS::RDS::DBInstance
                Properties:
                  SourceDBInstanceIdentifier: !Ref MainDB
                  DBInstanceClass: db.t3.medium
                  AvailabilityZone: !GetAtt SubnetB.AvailabilityZone
              ReportsDB:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t3.small
                  AllocatedStorage: 20
                  MasterUsername: '{{resolve:secretsmanager:reports:SecretString:username}}'
                  MasterUserPassword: '{{resolve:secretsmanager:reports:SecretString:password}}'
                  DBSubnetGroupName: !Ref DbSubnets
                  VPCSecurityGroups: [!Ref DbSg]
            """;

    @Test
    void standaloneInstancesAndTheirReplicaAreModelled() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertEquals(List.of(), design.all(OpaqueResource.class).stream().map(OpaqueResource::name).toList());
        DbInstance main = byName(design, "MainDB");
        DbInstance replica = byName(design, "ReplicaDB");
        DbInstance reports = byName(design, "ReportsDB");
        assertTrue(main.standalone().multiAz());
        assertEquals(3306, main.standalone().port());
        assertEquals(5432, reports.standalone().port());
        assertEquals(main.id(), replica.standalone().sourceInstanceId());
        assertEquals("MySQL", replica.standalone().engine(), "a replica runs its source's engine");
        assertEquals(main.standalone().securityGroupIds(), replica.standalone().securityGroupIds());
        assertEquals(main.standalone().dbSubnetGroupId(), replica.standalone().dbSubnetGroupId());
        assertEquals("2nd", design.get(replica.azId(), AvailabilityZone.class).zone());
        assertEquals("1st", design.get(main.azId(), AvailabilityZone.class).zone(),
                "drawn in the zone of its subnet group's first subnet");
        SecurityGroup dbSg = design.all(SecurityGroup.class).stream().filter(g -> g.name().equals("DbSg")).findFirst()
                .orElseThrow();
        assertEquals(1, dbSg.ingress().size(), "one rule written as a mapping");
    }

    @Test
    void exportWritesEveryResourceBackAsRead() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertEquals(List.of(), CorpusFidelity.changedByExport(TEMPLATE, design, FILE));
    }

    @Test
    void theDesignFileKeepsTheStandaloneParts() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        Design read = DesignFile.fromJson(DesignFile.toJson(design), FILE);
        assertEquals(byName(design, "ReplicaDB"), byName(read, "ReplicaDB"));
    }

    @Test
    void validationHasNothingFalseToSayAboutThem() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        List<String> ids = new Validator().validate(design).stream()
                .filter(f -> f.ruleId().startsWith("DB-")).map(f -> f.ruleId() + " " + f.message()).toList();
        assertEquals(List.of(), ids);
    }

    @Test
    void onlyTheSingleAzInstanceThatIsNoReplicaLacksAStandby() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertEquals(List.of("ReportsDB"), new Validator().validate(design).stream()
                .filter(f -> f.ruleId().equals("RDS-SINGLE-AZ")).map(f -> f.resourceNames().get(0))
                .toList());
    }

    @Test
    void aPubliclyAccessibleInstanceIsReported() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE.replace("MultiAZ: 'true'",
                "MultiAZ: 'true'\n      PubliclyAccessible: true"), FILE);
        assertTrue(new Validator().validate(design).stream().anyMatch(f -> f.ruleId().equals("DB-PRIVATE-SUBNET")
                && f.message().contains("MainDB")));
    }

    @Test
    void editingAnInstanceKeepsItStandalone() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        DbInstance main = byName(design, "MainDB").withInstanceClass("db.r6g.large");
        design.put(main);
        Map<String, Object> out = Cfn.orEmpty(TemplateReader.read(new CfnYamlExporter().render(design).content(),
                FILE).get("Resources"));
        Map<String, Object> props = Cfn.orEmpty(Cfn.asMap(out.get("MainDB")).get("Properties"));
        assertEquals("db.r6g.large", props.get("DBInstanceClass"));
        assertEquals("MySQL", props.get("Engine"));
        assertNotNull(props.get("DBSubnetGroupName"));
        assertFalse(props.containsKey("DBClusterIdentifier"));
    }

    private static DbInstance byName(Design design, String name) {
        return design.all(DbInstance.class).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
