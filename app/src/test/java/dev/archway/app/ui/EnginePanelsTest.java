package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.rule.Finding;
import dev.archway.model.simulation.Hop;
import dev.archway.model.simulation.RouteOutcome;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimulationScenario;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The findings and simulation panels on the default design, driven as a user drives them. */
@ExtendWith(ApplicationExtension.class)
class EnginePanelsTest {
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = DesignerFixture.open(stage, Examples.defaultDesign());
    }

    @BeforeEach
    void freshDesign(FxRobot robot) {
        robot.interact(() -> window.open(Examples.defaultDesign(), null));
    }

    private Design design() {
        return window.document().design();
    }

    private List<String> ruleIds() {
        return window.findingsPanel().findings().stream().map(Finding::ruleId).distinct().toList();
    }

    @Test
    void aFindingAppearsAfterAnEditAndItsFixRemovesIt(FxRobot robot) {
        assertEquals(List.of(), ruleIds());
        assertTrue(robot.lookup("#findings-all-clear").query().isVisible(), "says the design is clean");
        robot.clickOn(DesignerFixture.centreOf(window, "WebSecurityGroup"));
        robot.clickOn("#sg-ingress .button");
        Node ports = robot.lookup("#sg-ingress .table-row-cell").nth(1).lookup(".table-cell").nth(1).query();
        robot.doubleClickOn(ports).write("80").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("TARGET-SG-FROM-LB"), ruleIds());
        assertFalse(robot.lookup("#findings-all-clear").query().isVisible());
        assertTrue(window.diagram().overlays().badges().containsKey(DesignerFixture.id(window, "ShopA")));

        robot.interact(() -> window.panels().getSelectionModel().select(0));
        robot.clickOn(robot.lookup("#fix-TARGET-SG-FROM-LB").nth(0).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), ruleIds());

        robot.interact(window::undo);
        assertEquals(List.of("TARGET-SG-FROM-LB"), ruleIds());
        robot.interact(window::redo);
        assertEquals(List.of(), ruleIds());
    }

    @Test
    void clickingAFindingSelectsItsElements(FxRobot robot) {
        robot.interact(() -> {
            dev.archway.model.network.SecurityGroup sg = design().get(DesignerFixture.id(window, "WebSecurityGroup"),
                    dev.archway.model.network.SecurityGroup.class);
            List<dev.archway.model.network.SgRule> rules = new java.util.ArrayList<>(sg.ingress());
            rules.add(dev.archway.model.network.SgRule.tcp(80, "0.0.0.0/0"));
            window.document().execute(new dev.archway.model.command.PutElementCommand("open", sg.withIngress(rules)));
            window.panels().getSelectionModel().select(0);
        });
        Node firstRow = robot.lookup("#findings-tree .tree-cell")
                .match((javafx.scene.control.TreeCell<?> c) -> c.getIndex() == 1).query();
        robot.clickOn(firstRow);
        Finding first = window.findingsPanel().findings().get(0);
        assertEquals(java.util.Set.copyOf(first.resourceIds()), window.selection().ids());
    }

    @Test
    void simulatesARequestAndShowsItsTrace(FxRobot robot) {
        robot.interact(() -> window.panels().getSelectionModel().select(1));
        robot.clickOn("#sim-request").eraseText(60);
        robot.write("GET https://www.example.com/").clickOn("#sim-send");
        WaitForAsyncUtils.waitForFxEvents();
        List<Hop> rows = window.simulationPanel().traceRows();
        assertEquals(Hop.Step.DNS, rows.get(0).step());
        assertEquals(Hop.Step.TARGET, rows.stream().filter(h -> h.step() == Hop.Step.TARGET).findFirst()
                .orElseThrow().step());
        assertTrue(window.simulationPanel().outcomeText().startsWith("FORWARDED"),
                window.simulationPanel().outcomeText());
        robot.interact(() -> window.simulationPanel().showAll());
        assertEquals(window.diagram().overlays().path().size(), window.diagram().overlays().hops());
    }

    /** Issue 21: the panel says what the target receives from the ALB. */
    @Test
    void showsWhatTheTargetSees(FxRobot robot) {
        robot.interact(() -> {
            window.panels().getSelectionModel().select(1);
            window.simulationPanel().setRequest("GET https://www.example.com/");
            window.simulationPanel().send();
        });
        String seen = window.simulationPanel().targetSeesText();
        assertTrue(seen.contains("X-Forwarded-Proto: https") && seen.contains("Host www.example.com"), seen);
    }

    @Test
    void aFailedZoneSendsTrafficToTheOtherZone(FxRobot robot) {
        robot.interact(() -> {
            window.simulationPanel().setRequest("GET https://www.example.com/");
            window.simulationPanel().setScenario(SimulationScenario.NORMAL.withZoneFailed("eu-west-1a", true));
            window.simulationPanel().send();
        });
        RouteTrace trace = window.simulationPanel().lastTrace();
        assertEquals(RouteOutcome.FORWARDED, trace.outcome());
        assertEquals(DesignerFixture.id(window, "AzB"), trace.availabilityZoneId());
        assertTrue(window.diagram().overlays().down().contains(DesignerFixture.id(window, "AzA")));
    }

    /** Issue 20: targets an AWS account reported unhealthy are the simulation's starting state in the designer too. */
    @Test
    void targetsReadAsUnhealthyGetNoRequest(FxRobot robot) {
        robot.interact(() -> {
            window.simulationPanel().setRequest("GET https://www.example.com/");
            window.simulationPanel().send();
        });
        String usual = window.simulationPanel().lastTrace().targetElementId();
        Design observed = Examples.defaultDesign();
        observed.setUnhealthyTargets(java.util.Set.of(usual));
        robot.interact(() -> {
            window.open(observed, null);
            window.panels().getSelectionModel().select(1);
        });
        robot.clickOn("#sim-request").eraseText(60);
        robot.write("GET https://www.example.com/").clickOn("#sim-send");
        WaitForAsyncUtils.waitForFxEvents();
        RouteTrace trace = window.simulationPanel().lastTrace();
        assertEquals(RouteOutcome.FORWARDED, trace.outcome());
        assertFalse(usual.equals(trace.targetElementId()), "the unhealthy target " + usual + " got the request");
    }
}
