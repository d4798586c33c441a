package dev.archway.app.ui;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A small design with an empty AZ to drop into, and a window on it, for the GUI tests. */
final class DesignerFixture {
    private DesignerFixture() {
    }

    static Design design() {
        DesignBuilder b = new DesignBuilder("Fixture");
        String region = b.region("eu-west-1", "eu-west-1");
        String vpc = b.vpc("vpc", region, "10.0.0.0/16");
        String igw = b.internetGateway("igw", vpc);
        b.az("az-a", vpc, "eu-west-1a");
        String azB = b.az("az-b", vpc, "eu-west-1b");
        String rt = b.publicRouteTable("public-rt", vpc, igw);
        String pub = b.subnet("public-b", vpc, azB, "10.0.1.0/24", rt);
        String sg = b.securityGroup("web-sg", vpc, List.of(SgRule.tcp(80, "10.0.0.0/16")));
        b.instance("web-1", pub, List.of(sg));
        String tg = b.targetGroup("web-tg", vpc, Protocol.HTTP, 80, TargetType.INSTANCE, List.of());
        String alb = b.alb("alb", vpc, List.of(pub), List.of(sg));
        String listener = b.listener("http-80", alb, Protocol.HTTP, 80, List.of(), Action.forward(tg));
        b.rule("api-rule", listener, 10, List.of(RuleCondition.path("/api/*")), Action.forward(tg));
        b.rule("admin-rule", listener, 20, List.of(RuleCondition.path("/admin/*")), Action.forward(tg));
        return b.build();
    }

    static DesignerWindow open(Stage stage, Design design) throws Exception {
        Path recovery = Files.createTempDirectory("archway-test").resolve("recovery.archway.json");
        DesignerWindow window = new DesignerWindow(stage, Preferences.userRoot().node("dev/archway/designer-test"),
                recovery);
        window.open(design, null);
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        return window;
    }

    /** Screen point of a model point on the diagram. */
    static Point2D at(DesignerWindow w, double x, double y) {
        return w.diagram().modelToScreen(x, y);
    }

    static Point2D centreOf(DesignerWindow w, String name) {
        Bounds b = w.document().design().bounds(id(w, name));
        return at(w, b.centerX(), b.centerY());
    }

    static String id(DesignerWindow w, String name) {
        return w.document().design().byName(name).orElseThrow().id();
    }

    /** Opens a design or template in the window and shows one of its bottom panels, as a user would. */
    static void openOn(FxRobot robot, DesignerWindow w, Path file, String panel) {
        robot.interact(() -> org.junit.jupiter.api.Assertions.assertTrue(w.files().openFile(file), "opens " + file));
        robot.clickOn(panel);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
