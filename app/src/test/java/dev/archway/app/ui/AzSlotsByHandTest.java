package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.app.ui.canvas.DiagramModel;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.model.Design;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Region;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: subnets of a template placed by {@code Fn::GetAZs} show their AZ slot in the inspector and on the canvas,
 * "of the region" until the Region's code is set, then of that region with the zone's likely name as a hint.
 */
@ExtendWith(ApplicationExtension.class)
class AzSlotsByHandTest {
    private static final String TEMPLATE = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties: {CidrBlock: 10.0.0.0/16}
              PublicA:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs '']}
              PublicB:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [1, !GetAZs '']}
            """;
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, new CfnImporter().importText(TEMPLATE, Path.of("slots.yaml")));
    }

    private String slotRow(FxRobot robot, String elementName) {
        robot.interact(() -> window.selection().set(List.of(DesignerFixture.id(window, elementName))));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#inspector-az-slot").queryAs(Label.class).getText();
    }

    private String header(String zone) {
        Design d = window.document().design();
        AvailabilityZone az = d.all(AvailabilityZone.class).stream().filter(a -> a.zone().equals(zone)).findFirst()
                .orElseThrow();
        return new DiagramModel(d).describe(az);
    }

    @Test
    void aSubnetInASlotSaysItsRegionOnceTheRegionIsKnown(FxRobot robot) {
        assertEquals("1st AZ of the region (Fn::GetAZs); set the region's code to see its likely name",
                slotRow(robot, "PublicA"));
        assertEquals("2nd AZ of the region", header("2nd"));

        robot.interact(() -> window.selection().set(List.of(window.document().design().all(Region.class).get(0)
                .id())));
        robot.doubleClickOn("#inspector-region-code").write("eu-west-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("2nd AZ of eu-west-1 (Fn::GetAZs), likely named eu-west-1b in your account",
                slotRow(robot, "PublicB"));
        assertEquals("2nd AZ of eu-west-1", header("2nd"));
        assertTrue(slotRow(robot, "2nd AZ").startsWith("2nd AZ of eu-west-1"), "the AZ column says it too");
    }
}
