package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * From File > New, a DB instance dropped in a VPC without an Aurora cluster is an RDS instance of its own, in a DB
 * subnet group over both zones; a security group connected to it protects it; it validates and exports clean.
 */
@ExtendWith(ApplicationExtension.class)
class RdsInstanceFromPaletteByHandTest {
    private DesignerWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("archway-rds");
        window = DesignerFixture.open(stage, new Design("Untitled"));
    }

    @Test
    void anRdsInstanceIsDrawnFromThePaletteAndExportsClean(FxRobot robot) throws Exception {
        Gestures g = new Gestures(robot, window);
        g.dropFromPalette("VPC", robot.point(".diagram").query());
        Bounds v = g.bounds("vpc");
        g.dropFromPalette("AVAILABILITY_ZONE", DesignerFixture.at(window, v.x() + 200, v.y() + 80));
        g.dropFromPalette("AVAILABILITY_ZONE", DesignerFixture.at(window, v.x() + 560, v.y() + 80));
        g.dropFromPalette("SUBNET", g.centre("availability-zone"));
        g.dropFromPalette("SUBNET", g.centre("availability-zone-2"));
        g.type("#palette-search", "rds"); // what AWS calls it
        g.dropFromPalette("DB_INSTANCE", g.centre("subnet"));
        g.type("#palette-search", "security group");
        g.dropFromPalette("SECURITY_GROUP", DesignerFixture.at(window, v.x() + 380, v.y() + 40));
        g.connect("security-group", "db-instance");

        g.select("security-group");
        assertEquals("db-instance", robot.lookup("#inspector-protects").queryAs(javafx.scene.control.Label.class)
                .getText(), "the group's inspector says what it protects");

        Design d = window.document().design();
        DbInstance db = d.all(DbInstance.class).get(0);
        assertTrue(db.isStandalone(), "no Aurora cluster here, so an RDS instance of its own");
        SecurityGroup sg = d.all(SecurityGroup.class).get(0);
        assertEquals(List.of(sg.id()), db.standalone().securityGroupIds());
        DbSubnetGroup group = d.get(db.standalone().dbSubnetGroupId(), DbSubnetGroup.class);
        assertEquals(2, new Topology(d).zonesOf(new Topology(d).resolve(group.subnetIds(),
                dev.archway.model.network.Subnet.class)).size());
        List<String> errors = window.findingsPanel().findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::summary).toList();
        assertEquals(List.of(), errors);

        Path template = dir.resolve("rds.yaml");
        robot.interact(() -> assertTrue(window.exportPanel().saveTo("CloudFormation template (YAML)", template)));
        String yaml = Files.readString(template);
        assertTrue(yaml.contains("AWS::RDS::DBInstance") && yaml.contains("AWS::RDS::DBSubnetGroup"), yaml);
        assertEquals(List.of(), CfnLintRun.errors(template));
    }
}
