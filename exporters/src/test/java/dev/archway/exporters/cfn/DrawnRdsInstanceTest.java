package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.ElementKind;
import dev.archway.model.command.CommandStack;
import dev.archway.model.db.DbInstance;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.Edit;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A DB instance dropped from the palette where there is no Aurora cluster is an RDS instance of its own; its export
 * deploys as drawn: in its VPC (through its DB subnet group), with the storage and master user RDS requires of a new
 * primary (the password kept in Secrets Manager); it lints clean, and imported back it exports the same resources.
 */
class DrawnRdsInstanceTest {
    private static final Path FILE = Path.of("rds.yaml");

    private static Design drawn() {
        CommandStack stack = new CommandStack(new Design("rds"));
        apply(stack, DesignEdits.create(stack.design(), ElementKind.VPC, 500, 300));
        Bounds vpc = stack.design().bounds(stack.design().byName("vpc").orElseThrow().id());
        apply(stack, DesignEdits.create(stack.design(), ElementKind.AVAILABILITY_ZONE, vpc.x() + 200, vpc.y() + 60));
        apply(stack, DesignEdits.create(stack.design(), ElementKind.AVAILABILITY_ZONE, vpc.x() + 560, vpc.y() + 60));
        for (AvailabilityZone az : stack.design().all(AvailabilityZone.class)) {
            Bounds b = stack.design().bounds(az.id());
            apply(stack, DesignEdits.create(stack.design(), ElementKind.SUBNET, b.centerX(), b.centerY()));
        }
        Bounds subnet = stack.design().bounds(stack.design().all(Subnet.class).get(0).id());
        apply(stack, DesignEdits.create(stack.design(), ElementKind.DB_INSTANCE, subnet.centerX(), subnet.centerY()));
        return stack.design();
    }

    private static void apply(CommandStack stack, Edit edit) {
        assertTrue(edit.accepted(), edit.refusal());
        stack.execute(edit.command());
    }

    private static Map<String, Object> properties(Map<String, Object> resources, String type) {
        return resources.values().stream().map(Cfn::asMap).filter(r -> type.equals(r.get("Type")))
                .map(r -> Cfn.asMap(r.get("Properties"))).findFirst().orElseThrow(() -> new AssertionError(type));
    }

    @Test
    void aDrawnInstanceExportsWhatRdsNeedsToCreateItInItsVpc() throws Exception {
        Design d = drawn();
        assertTrue(d.all(DbInstance.class).get(0).isStandalone());
        String yaml = new CfnYamlExporter().render(d).content();
        Map<String, Object> resources = Cfn.asMap(TemplateReader.read(yaml, FILE).get("Resources"));
        Map<String, Object> db = properties(resources, "AWS::RDS::DBInstance");
        assertEquals("mysql", db.get("Engine"));
        assertTrue(db.get("DBSubnetGroupName") instanceof Map, "in the drawn VPC, not the default one: " + db);
        assertEquals("20", String.valueOf(db.get("AllocatedStorage")));
        assertTrue(db.get("MasterUsername") != null, "a new primary names its master user");
        assertEquals(Boolean.TRUE, db.get("ManageMasterUserPassword"));
        assertEquals(2, Cfn.asList(properties(resources, "AWS::RDS::DBSubnetGroup").get("SubnetIds")).size());

        Path file = Files.createTempFile("archway-rds", ".yaml");
        Files.writeString(file, yaml);
        assertEquals(List.of(), CfnLint.errors(file));
        String again = new CfnYamlExporter().render(new CfnImporter().importText(yaml, FILE)).content();
        assertEquals(resources, Cfn.asMap(TemplateReader.read(again, FILE).get("Resources")),
                "imported back, it exports the same resources");
    }
}
