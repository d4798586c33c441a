package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.simulation.TrafficReport;
import dev.archway.model.validation.Validator;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16: an Auto Scaling group dropped from the palette, sized in the inspector and attached to a target group. */
@ExtendWith(ApplicationExtension.class)
class AutoScalingGroupByHandTest {
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, DesignerFixture.design());
    }

    @Test
    void aGroupDroppedInTheVpcAndConnectedToTheTargetGroupServesItsRequests(FxRobot robot) {
        Gestures g = new Gestures(robot, window);
        Bounds vpc = g.bounds("vpc");
        g.type("#palette-search", "auto scaling");
        g.dropFromPalette("AUTO_SCALING_GROUP", DesignerFixture.at(window, vpc.x() + vpc.width() - 60,
                vpc.y() + vpc.height() - 50));
        Design d = window.document().design();
        AutoScalingGroup group = d.all(AutoScalingGroup.class).get(0);
        assertEquals(List.of(DesignerFixture.id(window, "public-b")), group.subnetIds(), "the VPC's subnets");
        g.type("#inspector-desired-capacity", "3");
        g.connect("web-tg", group.name());

        robot.interact(() -> window.selection().set(List.of(group.id())));
        assertEquals("web-tg", robot.lookup("#inspector-target-groups").queryAs(javafx.scene.control.Label.class)
                .getText(), "the group's inspector names the target group it is registered with");

        AutoScalingGroup sized = d.get(group.id(), AutoScalingGroup.class);
        assertEquals(3, sized.desiredCapacity());
        TargetGroup tg = d.byName("web-tg").map(TargetGroup.class::cast).orElseThrow();
        assertEquals(List.of(new TargetRegistration(group.id(), null)), tg.targets());
        assertTrue(new Validator().validate(d).stream().noneMatch(f -> f.ruleId().equals("TG-EMPTY")));
        TrafficReport r = new RequestRouter(d).send(SimRequest.parse("GET http://alb/", List.of(), null), null,
                SimulationScenario.NORMAL, 30);
        assertEquals(List.of(group.name() + "#1", group.name() + "#2", group.name() + "#3"),
                r.targets().stream().map(TrafficReport.TargetCount::name).toList());
        assertEquals("Connect web-tg to " + group.name(), window.document().stack().undoLabel().orElseThrow());
        robot.interact(window::undo);
        robot.interact(window::undo);
        assertEquals(List.of(), d.byName("web-tg").map(TargetGroup.class::cast).orElseThrow().targets());
        assertEquals(2, d.get(group.id(), AutoScalingGroup.class).desiredCapacity());
    }
}
